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

    /**
     * Four businesses whose records give "Headingley" (a district) and "Leeds" (its town) each with
     * LS6 postcodes, two records each: what the engine needs to see the two names as one place.
     * The third, "Zephyr Vintage, 40 North Lane, Leeds", gives a phone number too.
     *
     * @param source the records' source
     * @return the records, with ids H1, H2, L1 and L2
     */
    public static List<LinkRecord> headingleyAndLeeds(String source) {
        return List.of(
                LinkRecord.builder(source, "H1").name("Quorn Tearooms").address("3 Otley Road")
                        .town("Headingley").postcode("LS6 3AA").build(),
                LinkRecord.builder(source, "H2").name("Yarrow Books").address("9 Otley Road")
                        .town("Headingley").postcode("LS6 3AB").build(),
                LinkRecord.builder(source, "L1").name("Zephyr Vintage").address("40 North Lane")
                        .town("Leeds").postcode("LS6 3HU").phone("0113 275 1122").build(),
                LinkRecord.builder(source, "L2").name("Woodhouse Bikes").address("2 Cardigan Road")
                        .town("Leeds").postcode("LS6 1LF").build());
    }
}
