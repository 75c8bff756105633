package org.eyesandears.linkage.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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

    /** Records counted by one task; the partial tables are merged afterwards. */
    private static final int CHUNK = 50_000;

    /**
     * Counts values over a set of records, in parallel chunks whose tables are merged.
     *
     * @param records normalised records
     * @return the tables
     */
    public static TermFrequencies build(List<NormalisedRecord> records) {
        int chunks = (records.size() + CHUNK - 1) / CHUNK;
        Partial all = IntStream.range(0, Math.max(1, chunks)).parallel()
                .mapToObj(c -> Partial.of(records.subList(Math.min(records.size(), c * CHUNK),
                        Math.min(records.size(), (c + 1) * CHUNK))))
                .reduce(Partial::merge).orElseThrow();
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

    /** Tables over part of the records. */
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

        /** Adds another part into this one, the smaller table into the larger. */
        Partial merge(Partial o) {
            for (Field f : Field.ALL) {
                counts.put(f, add(counts.get(f), o.counts.get(f)));
                totals[f.ordinal()] += o.totals[f.ordinal()];
            }
            docs = add(docs, o.docs);
            named += o.named;
            return this;
        }

        private static Map<String, Integer> add(Map<String, Integer> a, Map<String, Integer> b) {
            Map<String, Integer> big = a.size() >= b.size() ? a : b;
            Map<String, Integer> small = big == a ? b : a;
            small.forEach((k, v) -> big.merge(k, v, Integer::sum));
            return big;
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
