package org.eyesandears.business.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdverseRuleTest {

    @Test
    void aFoodHygieneRuleFindsRatingsZeroToTwoAdverseAndNothingElse() {
        AdverseRule rule = AdverseRule.parse("0-2");
        assertThat(rule.adverse(null, null, "0")).isTrue();
        assertThat(rule.adverse(null, null, " 2 ")).isTrue();
        assertThat(rule.adverse(null, null, "3")).isFalse();
        assertThat(rule.adverse(null, null, "5")).isFalse();
        assertThat(rule.adverse(null, null, "AwaitingInspection")).isFalse();
        assertThat(rule.adverse(null, null, null)).isFalse();
    }

    @Test
    void wordsMatchTheRecordTypeOrStatusWithoutCase() {
        AdverseRule rule = AdverseRule.parse("Enforcement notice; failed ,Prohibition notice");
        assertThat(rule.adverse("ENFORCEMENT NOTICE", null, null)).isTrue();
        assertThat(rule.adverse("Audit", "Failed", null)).isTrue();
        assertThat(rule.adverse("Audit", "Satisfactory", "Failed to attend")).as("whole values only").isFalse();
    }

    @Test
    void anEmptyRuleFindsNothingAdverse() {
        assertThat(AdverseRule.parse(" ").values()).isEmpty();
        assertThat(AdverseRule.parse(null).adverse("Enforcement", "Failed", "0")).isFalse();
        assertThat(AdverseRule.NONE.inList()).as("an IN list that matches no record").containsExactly("\u0000");
    }

    @Test
    void backwardsOrHugeRangesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> AdverseRule.parse("5-1")).hasMessageContaining("\"5-1\" is not a range");
        assertThatThrownBy(() -> AdverseRule.parse("0-5000")).hasMessageContaining("at most 101 ratings");
        assertThat(AdverseRule.parse("0-100").values()).hasSize(101);
    }
}
