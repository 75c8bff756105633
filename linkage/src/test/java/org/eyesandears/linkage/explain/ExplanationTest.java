package org.eyesandears.linkage.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.eyesandears.linkage.LinkageEngine;
import org.eyesandears.linkage.LinkageResult;
import org.eyesandears.linkage.SyntheticFixture;
import org.eyesandears.linkage.model.Field;
import org.eyesandears.linkage.model.FieldWeight;
import org.eyesandears.linkage.model.Json;
import org.eyesandears.linkage.model.ScoredPair;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    @Test
    void everyWaterfallStartsAtThePriorAndEndsExactlyAtTheMatchWeight() {
        SyntheticFixture.Data data = SyntheticFixture.generate(3_000, 9);
        LinkageResult result = new LinkageEngine(LinkageEngine.Options.defaults(true), s -> { })
                .link(data.records());
        assertThat(result.linkCount()).isGreaterThan(100);
        for (int k = 0; k < result.linkCount(); k++) {
            ScoredPair pair = result.scoredLink(k);
            Explanation e = Explanation.of(pair);

            assertThat(e.steps().get(0).label()).isEqualTo("prior");
            assertThat(e.steps()).hasSize(1 + Field.values().length);
            double running = 0;
            for (Step s : e.steps()) {
                running += s.weight();
                assertThat(s.runningTotal()).isCloseTo(running, within(1e-9));
            }
            assertThat(e.finalWeight()).isCloseTo(pair.matchWeight(), within(1e-9));
            assertThat(pair.matchWeight()).isCloseTo(result.linkWeight()[k], within(1e-9));
        }
    }

    @Test
    void wordingStrengthFollowsTheWeightBandsForAnyField() {
        assertThat(Explanation.wording(new FieldWeight(Field.PHONE, "2079460000", "2079460000", 0, 12.0, 0)))
                .isEqualTo("same phone number: very strong evidence of a match");
        assertThat(Explanation.wording(new FieldWeight(Field.POSTCODE, "LS1 4AB", "M1 3HE", 2, -6.0, 0)))
                .isEqualTo("different postcodes: strong evidence against a match");
        assertThat(Explanation.wording(new FieldWeight(Field.NAME, "a", "b", 2, 3.0, 0)))
                .isEqualTo("similar names: moderate evidence of a match");
        assertThat(Explanation.wording(new FieldWeight(Field.CONTACT, null, "x", Field.NULL, 0, 0)))
                .isEqualTo("contact missing on one or both records: no evidence either way");
        assertThat(Explanation.wording(new FieldWeight(Field.NAME, "costcutter", "costcutter", 0, 9, -7.5)))
                .contains("weak evidence of a match").contains("common name");
        assertThat(Explanation.wording(new FieldWeight(Field.PHONE, "2079460000", "2079460000", Field.NULL, 0, 0)))
                .startsWith("same phone line, but records of clearly different businesses give it")
                .endsWith("no evidence either way");
        assertThat(Explanation.wording(new FieldWeight(Field.COMPANY, "01234567", "01234576", Field.NULL, 0, 0)))
                .startsWith("company numbers one keying slip apart").endsWith("no evidence either way");
        assertThat(Strength.of(0.2)).isEqualTo(Strength.NEUTRAL);
        assertThat(Strength.of(-1)).isEqualTo(Strength.WEAK_AGAINST);
    }

    @Test
    void jsonLineCarriesValuesLevelsAndRunningTotals() {
        List<FieldWeight> fields = new ArrayList<>();
        for (Field f : Field.values()) {
            fields.add(f == Field.PHONE ? new FieldWeight(f, "2079460000", "2079460000", 0, 10, 0.5)
                    : new FieldWeight(f, null, null, Field.NULL, 0, 0));
        }
        ScoredPair pair = new ScoredPair("fsa", "1", "fire", "F-1", -8, fields, 2.5, 0.85);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> json = (java.util.Map<String, Object>) Json.parse(
                Explanation.of(pair).toJsonLine());

        assertThat(json).containsEntry("source_a", "fsa").containsEntry("id_b", "F-1");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> steps = (List<java.util.Map<String, Object>>) json.get("steps");
        assertThat(steps.get(0)).containsEntry("step", "prior").containsEntry("running_total", -8.0);
        java.util.Map<String, Object> phone = steps.get(1 + Field.PHONE.ordinal());
        assertThat(phone).containsEntry("level", "exact").containsEntry("weight", 10.5)
                .containsEntry("tf_adjustment", 0.5).containsEntry("running_total", 2.5);
    }
}
