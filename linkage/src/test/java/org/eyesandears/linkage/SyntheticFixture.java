package org.eyesandears.linkage;

import java.util.ArrayList;
import java.util.List;
import org.eyesandears.linkage.synth.SyntheticBusinesses;

/** Synthetic records with their true business ids, shared by the engine-level tests. */
public final class SyntheticFixture {

    private SyntheticFixture() {
    }

    /** Records plus the true business id of each, same order. */
    public record Data(List<LinkRecord> records, List<String> trueIds) {
    }

    /**
     * Generates records from the benchmark generator.
     *
     * @param count number of records
     * @param seed random seed
     * @return records and truth
     */
    public static Data generate(int count, long seed) {
        List<String[]> rows = new SyntheticBusinesses(seed, SyntheticBusinesses.DEFAULT_DUPLICATE_RATE)
                .generate(count);
        List<LinkRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (String[] r : rows) {
            records.add(new LinkRecord("synthetic", r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]));
            truth.add(r[0]);
        }
        return new Data(records, truth);
    }
}
