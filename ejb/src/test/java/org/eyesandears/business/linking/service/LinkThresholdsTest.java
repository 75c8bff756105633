package org.eyesandears.business.linking.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LinkThresholdsTest {

    private static LinkThresholds from(Map<String, String> settings) {
        return LinkThresholds.from(settings::get);
    }

    @Test
    void withoutSettingsTheDefaultsApply() {
        LinkThresholds t = from(Map.of());
        assertThat(t.upper()).isEqualTo(0.999);
        assertThat(t.lower()).isEqualTo(0.3);
        assertThat(t.upperPercent()).isEqualTo("99.9%");
        assertThat(t.lowerPercent()).isEqualTo("30%");
    }

    @Test
    void settingsOverrideTheDefaultsAndBlankMeansDefault() {
        LinkThresholds t = from(Map.of("upper", " 0.95 ", "lower", ""));
        assertThat(t.upper()).isEqualTo(0.95);
        assertThat(t.lower()).isEqualTo(0.3);
    }

    @Test
    void theVerdictFollowsTheThresholdsWithTheBoundsIncludedAbove() {
        LinkThresholds t = new LinkThresholds(0.99, 0.5);
        assertThat(t.verdict(0.99)).isEqualTo(LinkThresholds.Verdict.LINK);
        assertThat(t.verdict(0.9899)).isEqualTo(LinkThresholds.Verdict.REVIEW);
        assertThat(t.verdict(0.5)).isEqualTo(LinkThresholds.Verdict.REVIEW);
        assertThat(t.verdict(0.4999)).isEqualTo(LinkThresholds.Verdict.NEW_BUSINESS);
    }

    @Test
    void nonsenseIsRefusedAtStartWithAMessageSayingWhy() {
        assertThatThrownBy(() -> from(Map.of("upper", "0.5", "lower", "0.6")))
                .hasMessageContaining("0 < lower < upper < 1");
        assertThatThrownBy(() -> from(Map.of("upper", "1")))
                .hasMessageContaining("0 < lower < upper < 1");
        assertThatThrownBy(() -> from(Map.of("lower", "half")))
                .hasMessageContaining("lower threshold is not a number: half");
    }
}
