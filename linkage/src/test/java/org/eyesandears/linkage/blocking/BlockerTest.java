package org.eyesandears.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.SyntheticFixture;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.TermFrequencies;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.RecordNormaliser;
import org.junit.jupiter.api.Test;

class BlockerTest {

    private static List<PreparedRecord> prepare(List<LinkRecord> records, TermFrequencies[] tfOut) {
        List<NormalisedRecord> n = new ArrayList<>();
        records.forEach(r -> n.add(RecordNormaliser.normalise(r)));
        TermFrequencies tf = TermFrequencies.build(n);
        tfOut[0] = tf;
        List<PreparedRecord> p = new ArrayList<>();
        n.forEach(r -> p.add(PreparedRecord.of(r, tf)));
        return p;
    }

    @Test
    void keepsNearlyEveryTrueDuplicateWhileComparingAFractionOfAllPairs() {
        SyntheticFixture.Data data = SyntheticFixture.generate(20_000, 3);
        TermFrequencies[] tf = new TermFrequencies[1];
        List<PreparedRecord> prepared = prepare(data.records(), tf);
        PairSpace space = PairSpace.of(new int[prepared.size()], true);

        CandidatePairs candidates = Blocker.defaults().block(prepared, tf[0], space);

        Set<Long> found = new HashSet<>();
        for (long p : candidates.pairs()) {
            found.add(p);
        }
        Map<String, List<Integer>> byTruth = new HashMap<>();
        for (int i = 0; i < data.trueIds().size(); i++) {
            byTruth.computeIfAbsent(data.trueIds().get(i), k -> new ArrayList<>()).add(i);
        }
        long truePairs = 0;
        long kept = 0;
        for (List<Integer> group : byTruth.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    truePairs++;
                    if (found.contains(CandidatePairs.pack(group.get(a), group.get(b)))) {
                        kept++;
                    }
                }
            }
        }
        assertThat(truePairs).isGreaterThan(5_000);
        assertThat((double) kept / truePairs).as("blocking recall").isGreaterThan(0.99);
        assertThat((long) candidates.size()).isLessThan(space.totalPairs() / 100);
        assertThat(candidates.pairsPerRule()).containsKeys(BlockingRule.values());
        assertThat(candidates.pairsPerRule().get(BlockingRule.POSTCODE)).isPositive();
    }

    @Test
    void oversizedBlocksAreWindowedNotComparedAllAgainstAll() {
        List<LinkRecord> records = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            records.add(LinkRecord.builder("s", "r" + i).name("Business " + i).postcode("LS1 4AB").build());
        }
        TermFrequencies[] tf = new TermFrequencies[1];
        List<PreparedRecord> prepared = prepare(records, tf);
        Blocker blocker = new Blocker(Set.of(BlockingRule.POSTCODE), 100, 5);

        CandidatePairs candidates = blocker.block(prepared, tf[0], PairSpace.of(new int[500], true));

        assertThat(candidates.size()).isLessThanOrEqualTo(500 * 5).isGreaterThan(0);
        assertThat(candidates.oversizedBlocksPerRule().get(BlockingRule.POSTCODE)).isEqualTo(1L);
    }

    @Test
    void aChainsBranchesInDifferentTownsAreNotPairedByNameButARareNameIs() {
        List<LinkRecord> records = new ArrayList<>();
        String[] towns = {"Leeds", "York"};
        String[] districts = {"LS1", "YO1"};
        for (int i = 0; i < 120; i++) {
            int t = i % 2;
            records.add(LinkRecord.builder("s", "c" + i).name("Costa Coffee").town(towns[t])
                    .postcode(districts[t] + " " + (1 + i % 9) + "AB").build());
        }
        // A name held by two records only: compared even in two towns (a business that moved).
        records.add(LinkRecord.builder("s", "r1").name("Zebedee Quill").town("Leeds").postcode("LS1 1AB")
                .build());
        records.add(LinkRecord.builder("s", "r2").name("Zebedee Quill").town("York").postcode("YO1 1AB")
                .build());
        TermFrequencies[] tf = new TermFrequencies[1];
        List<PreparedRecord> prepared = prepare(records, tf);
        Blocker blocker = new Blocker(Set.of(BlockingRule.NAME), Blocker.DEFAULT_MAX_BLOCK,
                Blocker.DEFAULT_WINDOW);

        CandidatePairs candidates = blocker.block(prepared, tf[0],
                PairSpace.of(new int[records.size()], true));

        boolean crossTownChain = false;
        boolean sameTownChain = false;
        for (int k = 0; k < candidates.size(); k++) {
            int a = candidates.first(k);
            int b = candidates.second(k);
            if (a < 120 && b < 120) {
                crossTownChain |= a % 2 != b % 2;
                sameTownChain |= a % 2 == b % 2;
            }
        }
        assertThat(crossTownChain).as("branches in two towns paired").isFalse();
        assertThat(sameTownChain).as("branches in one town paired").isTrue();
        assertThat(candidates.pairs()).contains(CandidatePairs.pack(120, 121));
    }

    @Test
    void linkingAcrossSourcesOnlyPairsRecordsFromDifferentSources() {
        List<LinkRecord> records = List.of(
                LinkRecord.builder("a", "1").name("Ocean Fish Bar").postcode("PL1 2QS").build(),
                LinkRecord.builder("a", "2").name("Ocean Fish Bar").postcode("PL1 2QS").build(),
                LinkRecord.builder("b", "1").name("Ocean Fish Bar").postcode("PL1 2QS").build());
        TermFrequencies[] tf = new TermFrequencies[1];
        List<PreparedRecord> prepared = prepare(records, tf);

        CandidatePairs across = Blocker.defaults().block(prepared, tf[0],
                PairSpace.of(new int[] {0, 0, 1}, false));
        CandidatePairs all = Blocker.defaults().block(prepared, tf[0],
                PairSpace.of(new int[] {0, 0, 1}, true));

        assertThat(across.size()).isEqualTo(2);
        assertThat(all.size()).isEqualTo(3);
        assertThat(PairSpace.of(new int[] {0, 0, 1}, false).totalPairs()).isEqualTo(2);
    }
}
