package org.eyesandears.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eyesandears.linkage.model.LinkageModel;
import org.eyesandears.linkage.model.PreparedRecord;
import org.junit.jupiter.api.Test;

class LinkageEngineTest {

    @Test
    void findsTheKnownDuplicatesInSyntheticDataWithoutLabels() {
        SyntheticFixture.Data data = SyntheticFixture.generate(20_000, 21);
        List<String> progress = new ArrayList<>();
        LinkageResult result = new LinkageEngine(LinkageEngine.Options.defaults(true), progress::add)
                .link(data.records());

        int[] cluster = result.clusters().clusterOf();
        Map<String, Long> predicted = new HashMap<>();
        Map<String, Long> truth = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            predicted.merge(String.valueOf(cluster[i]), 1L, Long::sum);
            truth.merge(data.trueIds().get(i), 1L, Long::sum);
            both.merge(cluster[i] + "/" + data.trueIds().get(i), 1L, Long::sum);
        }
        double correct = pairs(both);
        double precision = correct / pairs(predicted);
        double recall = correct / pairs(truth);
        assertThat(precision).as("precision").isGreaterThan(0.97);
        assertThat(recall).as("recall").isGreaterThan(0.97);
        assertThat(result.model().training().converged()).isTrue();
        assertThat(progress).anyMatch(s -> s.startsWith("blocking:"));
    }

    private static long pairs(Map<String, Long> sizes) {
        long p = 0;
        for (long s : sizes.values()) {
            p += s * (s - 1) / 2;
        }
        return p;
    }

    @Test
    void aFittedModelScoresANewRecordAgainstARegister() {
        SyntheticFixture.Data data = SyntheticFixture.generate(5_000, 4);
        LinkageModel model = new LinkageEngine(LinkageEngine.Options.defaults(true), s -> { })
                .fit(data.records());

        List<PreparedRecord> register = new ArrayList<>();
        for (LinkRecord r : data.records()) {
            register.add(model.prepare(r));
        }
        LinkRecord known = data.records().get(0);
        LinkRecord incoming = LinkRecord.builder("new-referral", "N-1").name(known.name() + " Ltd")
                .address(known.address()).postcode(known.postcode()).phone(known.phone()).build();
        PreparedRecord probe = model.prepare(incoming);

        int best = -1;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < register.size(); i++) {
            double w = model.score(probe, register.get(i)).matchWeight();
            if (w > bestWeight) {
                bestWeight = w;
                best = i;
            }
        }
        assertThat(data.trueIds().get(best)).isEqualTo(data.trueIds().get(0));
        assertThat(LinkageModel.probability(bestWeight)).isGreaterThan(0.9);
    }
}
