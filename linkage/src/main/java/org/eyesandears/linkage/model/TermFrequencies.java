package org.eyesandears.linkage.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eyesandears.linkage.normalise.NormalisedRecord;

/**
 * How often each value occurs, per field, and how many records use each name word. Used for the
 * term-frequency adjustment (agreeing on a rare name is stronger evidence than agreeing on
 * "Costcutter") and for weighting name words by rarity. Values seen once are not stored: a value
 * absent from the table counts as seen once.
 */
public final class TermFrequencies {

    private final EnumMap<Field, Map<String, Integer>> counts;
    private final EnumMap<Field, Long> totals;
    private final Map<String, Integer> nameTokenDocs;
    private final long namedRecords;

    TermFrequencies(EnumMap<Field, Map<String, Integer>> counts, EnumMap<Field, Long> totals,
            Map<String, Integer> nameTokenDocs, long namedRecords) {
        this.counts = counts;
        this.totals = totals;
        this.nameTokenDocs = nameTokenDocs;
        this.namedRecords = namedRecords;
    }

    /**
     * Counts values over a set of records, in one pass: on two cores, counting in parallel chunks
     * and merging the tables cost more CPU than it saved (the values are mostly distinct, so the
     * merge redoes most of the counting).
     *
     * @param records normalised records
     * @return the tables
     */
    public static TermFrequencies build(List<NormalisedRecord> records) {
        Partial all = Partial.of(records);
        EnumMap<Field, Map<String, Integer>> counts = new EnumMap<>(Field.class);
        EnumMap<Field, Long> totals = new EnumMap<>(Field.class);
        for (Field f : Field.ALL) {
            Map<String, Integer> m = all.counts.get(f);
            m.values().removeIf(c -> c < 2);
            counts.put(f, m);
            totals.put(f, all.totals[f.ordinal()]);
        }
        all.docs.values().removeIf(c -> c < 2);
        return new TermFrequencies(counts, totals, all.docs, all.named);
    }

    /** The tables while they are counted. */
    private static final class Partial {
        final EnumMap<Field, Map<String, Integer>> counts = new EnumMap<>(Field.class);
        final long[] totals = new long[Field.ALL.length];
        Map<String, Integer> docs = new HashMap<>();
        long named;

        static Partial of(List<NormalisedRecord> records) {
            Partial p = new Partial();
            for (Field f : Field.ALL) {
                p.counts.put(f, new HashMap<>());
            }
            Set<String> seen = new HashSet<>();
            for (NormalisedRecord r : records) {
                for (Field f : Field.ALL) {
                    String v = valueOf(f, r);
                    if (v != null) {
                        p.counts.get(f).merge(v, 1, Integer::sum);
                        p.totals[f.ordinal()]++;
                    }
                }
                if (!r.nameTokens().isEmpty()) {
                    p.named++;
                    seen.clear();
                    for (String t : r.nameTokens()) {
                        if (seen.add(t)) {
                            p.docs.merge(t, 1, Integer::sum);
                        }
                    }
                }
            }
            return p;
        }
    }

    /**
     * These tables with one field's counts replaced by the number of businesses that hold each
     * value rather than the number of records ({@link SharedValues#businessCounts}): three agencies'
     * records of one business do not make its address common.
     *
     * @param f field
     * @param businesses per value, the number of clearly different businesses holding it
     * @return new tables
     */
    public TermFrequencies withBusinessCounts(Field f, Map<String, Integer> businesses) {
        EnumMap<Field, Map<String, Integer>> c = new EnumMap<>(counts);
        Map<String, Integer> m = new HashMap<>(counts.get(f));
        businesses.forEach((k, v) -> {
            if (m.containsKey(k)) {
                if (v < 2) {
                    m.remove(k);
                } else {
                    m.put(k, Math.min(m.get(k), v));
                }
            }
        });
        c.put(f, m);
        return new TermFrequencies(c, totals, nameTokenDocs, namedRecords);
    }

    /**
     * These tables with one field's table replaced: values held more than once and their counts
     * (values absent count as seen once); the totals stay, so the counts are read on this
     * tables' scale.
     *
     * @param f field
     * @param table per value held more than once, its count
     * @return new tables
     */
    public TermFrequencies withCounts(Field f, Map<String, Integer> table) {
        EnumMap<Field, Map<String, Integer>> c = new EnumMap<>(counts);
        c.put(f, Map.copyOf(table));
        return new TermFrequencies(c, totals, nameTokenDocs, namedRecords);
    }

    /**
     * These tables with one value's count set (a copy of that field's table).
     *
     * @param f field
     * @param value the value
     * @param count its count
     * @return new tables
     */
    public TermFrequencies withCount(Field f, String value, int count) {
        Map<String, Integer> m = new HashMap<>(counts.get(f));
        m.put(value, count);
        return withCounts(f, m);
    }

    /**
     * The value of a field that exact agreement and term frequencies are about.
     *
     * @param f field
     * @param r record
     * @return canonical value or null
     */
    public static String valueOf(Field f, NormalisedRecord r) {
        return switch (f) {
            case NAME -> r.name();
            case ADDRESS -> r.address() == null ? null : r.address().key();
            case TOWN -> r.town();
            case POSTCODE -> r.postcode() == null ? null : r.postcode().value();
            case PHONE -> r.phone();
            case COMPANY -> r.company();
            case UPRN -> r.uprn();
            case CONTACT -> r.contact();
        };
    }

    /**
     * Share of records (with the field filled) holding this value; the chance that a random
     * record agrees with one holding it.
     *
     * @param f field
     * @param value canonical value
     * @return relative frequency, or NaN when the field was never filled
     */
    public double frequency(Field f, String value) {
        long total = totals.get(f);
        if (total == 0) {
            return Double.NaN;
        }
        int c = counts.get(f).getOrDefault(value, 1);
        return (double) c / total;
    }

    /**
     * @param f field
     * @param value canonical value
     * @return true when the value is held once (by one record, or one business where the table
     *     counts businesses): absent from the table
     */
    public boolean heldOnce(Field f, String value) {
        return value != null && !counts.get(f).containsKey(value);
    }

    /**
     * Inverse document frequency of a name word: rare words carry more weight.
     *
     * @param token name word
     * @return ln(1 + N / df)
     */
    public double idf(String token) {
        int df = nameTokenDocs.getOrDefault(token, 1);
        return Math.log(1.0 + (double) Math.max(namedRecords, 1) / df);
    }

    /** @param token name word @return number of named records using it (at least 1) */
    public int documentFrequency(String token) {
        return nameTokenDocs.getOrDefault(token, 1);
    }

    Map<Field, Map<String, Integer>> counts() {
        return counts;
    }

    Map<Field, Long> totals() {
        return totals;
    }

    Map<String, Integer> nameTokenDocs() {
        return nameTokenDocs;
    }

    long namedRecords() {
        return namedRecords;
    }
}
