package org.eyesandears.linkage.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.normalise.NormalisedRecord;

/**
 * A fitted Fellegi-Sunter model: per field and agreement level the probability m of seeing that
 * level when two records are the same business and u when they are not, the prior probability
 * that two records match, and the term-frequency tables. Immutable and thread-safe; save it with
 * {@link #toJson()} / {@link #save(Path)} and reuse it to score new records against a register
 * with {@link #score(LinkRecord, LinkRecord)}.
 */
public final class LinkageModel {

    /** Identifies the saved format, so an old file is refused rather than misread. */
    public static final String FORMAT = "eyesandears-linkage-model/2";

    /**
     * The co-located share is never taken below this: a set whose addresses almost never hold two
     * named businesses may still hold unnamed ones, and one address agreeing must not make a record
     * without a name certain.
     */
    public static final double MIN_CO_LOCATED_SHARE = 0.01;

    private final double priorProbability;
    private final double[][] m;
    private final double[][] u;
    private final double[][] bayesFactorLog2;
    private final TermFrequencies tf;
    private final TrainingSummary training;
    private final boolean termFrequencyAdjusted;
    private final double coLocatedShare;
    private final double soleOccupantWeight;

    /**
     * Creates a model from its parameters.
     *
     * @param priorProbability probability that two records drawn at random are a match
     * @param m per field (ordinal) and level: P(level | match)
     * @param u per field (ordinal) and level: P(level | non-match)
     * @param tf term-frequency tables
     * @param training how the model was fitted
     */
    public LinkageModel(double priorProbability, double[][] m, double[][] u, TermFrequencies tf,
            TrainingSummary training) {
        this(priorProbability, m, u, tf, training, true);
    }

    /**
     * Creates a model from its parameters, saying whether exact agreement is weighed by the
     * value's rarity.
     *
     * @param priorProbability probability that two records drawn at random are a match
     * @param m per field (ordinal) and level: P(level | match)
     * @param u per field (ordinal) and level: P(level | non-match)
     * @param tf term-frequency tables
     * @param training how the model was fitted
     * @param termFrequencyAdjusted false for a list in which a value is common because the same
     *     organisation is written many times (a name-only list), where rarity says nothing
     */
    public LinkageModel(double priorProbability, double[][] m, double[][] u, TermFrequencies tf,
            TrainingSummary training, boolean termFrequencyAdjusted) {
        this(priorProbability, m, u, tf, training, termFrequencyAdjusted, 1);
    }

    private LinkageModel(double priorProbability, double[][] m, double[][] u, TermFrequencies tf,
            TrainingSummary training, boolean termFrequencyAdjusted, double coLocatedShare) {
        this.termFrequencyAdjusted = termFrequencyAdjusted;
        if (!(coLocatedShare > 0 && coLocatedShare <= 1)) {
            throw new IllegalArgumentException("co-located share must be in (0,1]: " + coLocatedShare);
        }
        this.coLocatedShare = coLocatedShare;
        soleOccupantWeight = termFrequencyAdjusted ? -log2(coLocatedShare) : 0;
        if (!(priorProbability > 0 && priorProbability < 1)) {
            throw new IllegalArgumentException("prior probability must be in (0,1): " + priorProbability);
        }
        this.priorProbability = priorProbability;
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.tf = tf;
        this.training = training;
        bayesFactorLog2 = new double[m.length][];
        for (Field f : Field.values()) {
            int i = f.ordinal();
            if (m[i].length != f.levelCount() || u[i].length != f.levelCount()) {
                throw new IllegalArgumentException("wrong number of levels for " + f.key());
            }
            bayesFactorLog2[i] = new double[f.levelCount()];
            for (int l = 0; l < f.levelCount(); l++) {
                bayesFactorLog2[i][l] = log2(m[i][l] / u[i][l]);
            }
        }
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** @return probability that two records drawn at random are the same business */
    public double priorProbability() {
        return priorProbability;
    }

    /** @return log2 of the prior odds */
    public double priorWeight() {
        return log2(priorProbability / (1 - priorProbability));
    }

    /** @param f field @param level level @return P(level | match) */
    public double m(Field f, int level) {
        return m[f.ordinal()][level];
    }

    /** @param f field @param level level @return P(level | non-match) */
    public double u(Field f, int level) {
        return u[f.ordinal()][level];
    }

    /** @param f field @param level level @return log2(m/u) before any term-frequency adjustment */
    public double weight(Field f, int level) {
        return level == Field.NULL ? 0 : bayesFactorLog2[f.ordinal()][level];
    }

    /** @return the term-frequency tables */
    public TermFrequencies termFrequencies() {
        return tf;
    }

    /**
     * This model with other frequency tables (for example a register's own address table); the
     * name-word tables should be this model's, which the records were prepared with.
     *
     * @param tables frequency tables
     * @return a model scoring with them
     */
    public LinkageModel withTermFrequencies(TermFrequencies tables) {
        return new LinkageModel(priorProbability, m, u, tables, training, termFrequencyAdjusted,
                coLocatedShare);
    }

    /**
     * This model with the share of addresses that hold two or more clearly different businesses
     * ({@link SharedValues#coLocatedShare}), bounded below by {@link #MIN_CO_LOCATED_SHARE}.
     *
     * <p>How common an address is counts businesses, so an address where one named business is
     * known weighs as a value held once. For two named records that is right: their names say
     * whether they are that business. A record without a name says nothing about which occupant it
     * is, and at such an address it is another occupant only if the address holds a business the
     * records do not name, which happens about as often as addresses hold two businesses at all.
     * So exact agreement there counts log2(1 / share) bits more when a name is missing: as if the
     * address were held by that share of a business rather than by a whole one.
     *
     * @param share observed share, in [0, 1]
     * @return a model scoring with it
     */
    public LinkageModel withCoLocatedShare(double share) {
        return new LinkageModel(priorProbability, m, u, tf, training, termFrequencyAdjusted,
                Math.min(1, Math.max(MIN_CO_LOCATED_SHARE, share)));
    }

    /**
     * @return the share of addresses holding two or more clearly different businesses, as fitted;
     *     1 when not estimated (no extra weight)
     */
    public double coLocatedShare() {
        return coLocatedShare;
    }

    /** @return how the model was fitted */
    public TrainingSummary training() {
        return training;
    }

    /** @return whether exact agreement is weighed by the value's rarity */
    public boolean termFrequencyAdjusted() {
        return termFrequencyAdjusted;
    }

    /**
     * Normalises a record and prepares it for scoring with this model. Prepare register records
     * once and reuse them when scoring many new records.
     *
     * @param r raw record
     * @return prepared record
     */
    public PreparedRecord prepare(LinkRecord r) {
        return PreparedRecord.of(r, tf);
    }

    /**
     * Scores two raw records.
     *
     * @param a first record
     * @param b second record
     * @return the scored pair with every field's contribution
     */
    public ScoredPair score(LinkRecord a, LinkRecord b) {
        return score(prepare(a), prepare(b));
    }

    /**
     * Scores two prepared records.
     *
     * @param a first record
     * @param b second record
     * @return the scored pair with every field's contribution
     */
    public ScoredPair score(PreparedRecord a, PreparedRecord b) {
        List<FieldWeight> fields = new ArrayList<>(Field.values().length);
        double prior = priorWeight();
        double total = prior;
        int pattern = Comparer.pattern(a, b);
        boolean nameMissing = Field.NAME.levelIn(pattern) == Field.NULL;
        for (Field f : Field.values()) {
            int level = f.levelIn(pattern);
            double base = weight(f, level);
            double adj = level == 0 ? tfAdjustment(f, TermFrequencies.valueOf(f, a.record())) : 0;
            String note = null;
            if (f == Field.ADDRESS && soleOccupant(nameMissing, level, a)) {
                adj += soleOccupantWeight;
                note = String.format(Locale.ROOT, "at most one named business is known at"
                        + " this address, and with a name missing the record is that business unless"
                        + " the address holds another, as %.0f%% of addresses with a named business"
                        + " here do", 100 * coLocatedShare);
            }
            fields.add(new FieldWeight(f, display(f, a.record()), display(f, b.record()), level, base,
                    adj, note));
            total += base + adj;
        }
        NormalisedRecord x = a.record();
        NormalisedRecord y = b.record();
        return new ScoredPair(x.source(), x.id(), y.source(), y.id(), prior, List.copyOf(fields),
                total, probability(total));
    }

    /**
     * Fast scoring for bulk linking: the weight of a pair whose pattern is already known.
     *
     * @param pattern packed levels from {@link Comparer#pattern}
     * @param a first record
     * @return match weight
     */
    public double matchWeight(int pattern, PreparedRecord a) {
        double total = priorWeight();
        for (Field f : Field.ALL) {
            int level = f.levelIn(pattern);
            if (level == Field.NULL) {
                continue;
            }
            total += bayesFactorLog2[f.ordinal()][level];
            if (level == 0) {
                total += tfAdjustment(f, TermFrequencies.valueOf(f, a.record()));
            }
        }
        if (soleOccupant(Field.NAME.levelIn(pattern) == Field.NULL, Field.ADDRESS.levelIn(pattern), a)) {
            total += soleOccupantWeight;
        }
        return total;
    }

    /**
     * Whether exact agreement on the address gains {@link #withCoLocatedShare the sole-occupant
     * weight}: a name is missing, the addresses are the same, and one business at most is known
     * there.
     */
    private boolean soleOccupant(boolean nameMissing, int addressLevel, PreparedRecord a) {
        return soleOccupantWeight > 0 && nameMissing && addressLevel == 0
                && tf.heldOnce(Field.ADDRESS, TermFrequencies.valueOf(Field.ADDRESS, a.record()));
    }

    /**
     * Term-frequency adjustment for exact agreement on a value: log2(u / frequency(value)), so the
     * exact-agreement weight becomes log2(m / frequency(value)).
     *
     * @param f field
     * @param value the agreed value
     * @return adjustment in bits
     */
    public double tfAdjustment(Field f, String value) {
        if (value == null || !termFrequencyAdjusted) {
            return 0;
        }
        double freq = tf.frequency(f, value);
        if (!(freq > 0)) {
            return 0;
        }
        return log2(u[f.ordinal()][0] / freq);
    }

    /**
     * Converts a match weight to a probability.
     *
     * @param weight log2 odds
     * @return probability
     */
    public static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /**
     * Converts a probability to a match weight.
     *
     * @param probability in (0,1)
     * @return log2 odds
     */
    public static double weightOf(double probability) {
        return log2(probability / (1 - probability));
    }

    private static String display(Field f, NormalisedRecord r) {
        if (f == Field.ADDRESS && r.address() != null) {
            var a = r.address();
            String key = a.key();
            return a.flat() == null ? key : "flat " + a.flat() + ", " + key;
        }
        return TermFrequencies.valueOf(f, r);
    }

    /**
     * Serialises the model, including its frequency tables, as JSON.
     *
     * @return JSON text
     */
    public String toJson() {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("{\n  \"format\": ");
        Json.string(b, FORMAT);
        b.append(",\n  \"priorProbability\": ");
        Json.number(b, priorProbability);
        b.append(",\n  \"termFrequencyAdjustment\": ").append(termFrequencyAdjusted);
        b.append(",\n  \"coLocatedShare\": ");
        Json.number(b, coLocatedShare);
        b.append(",\n  \"training\": {\"records\": ").append(training.records())
                .append(", \"candidatePairs\": ").append(training.candidatePairs())
                .append(", \"totalPairs\": ").append(training.totalPairs())
                .append(", \"emIterations\": ").append(training.emIterations())
                .append(", \"converged\": ").append(training.converged())
                .append(", \"candidateMatchShare\": ");
        Json.number(b, training.candidateMatchShare());
        b.append("},\n  \"fields\": {");
        for (Field f : Field.values()) {
            b.append(f.ordinal() == 0 ? "\n    " : ",\n    ");
            Json.string(b, f.key()).append(": {\"levels\": [");
            for (int l = 0; l < f.levelCount(); l++) {
                if (l > 0) {
                    b.append(", ");
                }
                Json.string(b, f.levelLabel(l));
            }
            b.append("], \"m\": ");
            array(b, m[f.ordinal()]);
            b.append(", \"u\": ");
            array(b, u[f.ordinal()]);
            b.append("}");
        }
        b.append("\n  },\n  \"termFrequencies\": {");
        boolean first = true;
        for (Field f : Field.values()) {
            b.append(first ? "\n    " : ",\n    ");
            first = false;
            Json.string(b, f.key()).append(": {\"total\": ").append(tf.totals().get(f))
                    .append(", \"counts\": ");
            counts(b, tf.counts().get(f));
            b.append("}");
        }
        b.append("\n  },\n  \"nameWords\": {\"namedRecords\": ").append(tf.namedRecords())
                .append(", \"documentFrequencies\": ");
        counts(b, tf.nameTokenDocs());
        b.append("}\n}\n");
        return b.toString();
    }

    private static void array(StringBuilder b, double[] a) {
        b.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(a[i]);
        }
        b.append(']');
    }

    private static void counts(StringBuilder b, Map<String, Integer> counts) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            Json.string(b, e.getKey()).append(": ").append(e.getValue());
        }
        b.append('}');
    }

    /**
     * Reads a model written by {@link #toJson()}.
     *
     * @param json JSON text
     * @return the model
     * @throws IllegalArgumentException when the text is not a saved model of this format
     */
    @SuppressWarnings("unchecked")
    public static LinkageModel fromJson(String json) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        if (!FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException(String.valueOf(root.get("format")).startsWith(
                    "eyesandears-linkage-model/") ? "a linkage model saved by another version of the"
                    + " engine (" + root.get("format") + ", this one reads " + FORMAT + "), whose"
                    + " agreement levels differ; fit it again"
                    : "not a linkage model of format " + FORMAT);
        }
        double prior = ((Number) root.get("priorProbability")).doubleValue();
        Map<String, Object> tr = (Map<String, Object>) root.get("training");
        TrainingSummary training = new TrainingSummary(num(tr, "records"), num(tr, "candidatePairs"),
                num(tr, "totalPairs"), (int) num(tr, "emIterations"),
                Boolean.TRUE.equals(tr.get("converged")),
                ((Number) tr.get("candidateMatchShare")).doubleValue());
        Map<String, Object> fields = (Map<String, Object>) root.get("fields");
        double[][] m = new double[Field.values().length][];
        double[][] u = new double[Field.values().length][];
        for (Field f : Field.values()) {
            Map<String, Object> fm = (Map<String, Object>) fields.get(f.key());
            if (fm == null) {
                throw new IllegalArgumentException("model has no parameters for field " + f.key());
            }
            m[f.ordinal()] = doubles((List<Object>) fm.get("m"));
            u[f.ordinal()] = doubles((List<Object>) fm.get("u"));
        }
        Map<String, Object> tfs = (Map<String, Object>) root.get("termFrequencies");
        EnumMap<Field, Map<String, Integer>> counts = new EnumMap<>(Field.class);
        EnumMap<Field, Long> totals = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            Map<String, Object> fm = (Map<String, Object>) tfs.get(f.key());
            totals.put(f, num(fm, "total"));
            counts.put(f, ints((Map<String, Object>) fm.get("counts")));
        }
        Map<String, Object> words = (Map<String, Object>) root.get("nameWords");
        TermFrequencies tf = new TermFrequencies(counts, totals,
                ints((Map<String, Object>) words.get("documentFrequencies")),
                num(words, "namedRecords"));
        // Absent in models saved before it existed, which always adjusted.
        boolean adjusted = !Boolean.FALSE.equals(root.get("termFrequencyAdjustment"));
        // Absent from a file written by hand: no sole-occupant weight.
        Object share = root.get("coLocatedShare");
        return new LinkageModel(prior, m, u, tf, training, adjusted, 1)
                .withCoLocatedShare(share == null ? 1 : ((Number) share).doubleValue());
    }

    private static long num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    private static double[] doubles(List<Object> list) {
        double[] d = new double[list.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((Number) list.get(i)).doubleValue();
        }
        return d;
    }

    private static Map<String, Integer> ints(Map<String, Object> map) {
        Map<String, Integer> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        return out;
    }

    /**
     * Writes the model as JSON (UTF-8).
     *
     * @param file target file
     * @throws IOException on write failure
     */
    public void save(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /**
     * Reads a model saved with {@link #save(Path)}.
     *
     * @param file model file
     * @return the model
     * @throws IOException on read failure
     */
    public static LinkageModel load(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }
}
