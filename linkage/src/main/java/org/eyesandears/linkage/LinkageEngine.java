package org.eyesandears.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.eyesandears.linkage.blocking.Blocker;
import org.eyesandears.linkage.blocking.BlockingRule;
import org.eyesandears.linkage.blocking.CandidatePairs;
import org.eyesandears.linkage.blocking.PairSpace;
import org.eyesandears.linkage.cluster.Clusterer;
import org.eyesandears.linkage.model.Comparer;
import org.eyesandears.linkage.model.Field;
import org.eyesandears.linkage.model.LinkageModel;
import org.eyesandears.linkage.model.ModelTrainer;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.SharedValues;
import org.eyesandears.linkage.model.TermFrequencies;
import org.eyesandears.linkage.model.TrainingSummary;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.RecordNormaliser;

/**
 * The whole linking run in one call: normalise, count term frequencies, block, estimate u from
 * random pairs and m by EM, score the candidate pairs, keep those at or above the threshold and
 * cluster them. Use {@link #link(List)} for a batch, then keep {@link LinkageResult#model()} to
 * score new records later.
 */
public final class LinkageEngine {

    /**
     * Default acceptance threshold on match probability. 0.9 means a link is accepted only when
     * the model puts the odds of a match at 9 to 1 or better; the model's independence assumption
     * makes its probabilities somewhat over-confident, so even odds (0.5) would accept too much.
     */
    public static final double DEFAULT_THRESHOLD = 0.9;
    /** Below this many candidate pairs the run warns that estimates will be rough. */
    static final int SMALL_TASK_PAIRS = 100;

    /** Default number of random pairs used to estimate u. */
    public static final int DEFAULT_U_SAMPLES = 1_000_000;

    /**
     * Settings of a run.
     *
     * @param dedupe also link records within one source (always so with a single source)
     * @param threshold match probability at or above which a pair is accepted as a link
     * @param maxBlock largest block compared all-against-all
     * @param window neighbours compared inside larger blocks
     * @param guardSize cluster size from which the chaining guard applies
     * @param strongProbability probability at which one link may join two guarded clusters
     * @param uSamples random pairs drawn to estimate u
     * @param seed seed for the random pairs, so runs are repeatable
     */
    public record Options(boolean dedupe, double threshold, int maxBlock, int window, int guardSize,
            double strongProbability, int uSamples, long seed) {

        /**
         * Defaults with the given de-duplication choice.
         *
         * @param dedupe whether to link within sources too
         * @return options
         */
        public static Options defaults(boolean dedupe) {
            return new Options(dedupe, DEFAULT_THRESHOLD, Blocker.DEFAULT_MAX_BLOCK,
                    Blocker.DEFAULT_WINDOW, Clusterer.DEFAULT_GUARD_SIZE,
                    Clusterer.DEFAULT_STRONG_PROBABILITY, DEFAULT_U_SAMPLES, 20240601L);
        }

        /**
         * Copy with another threshold.
         *
         * @param p match probability threshold
         * @return options
         */
        public Options withThreshold(double p) {
            return new Options(dedupe, p, maxBlock, window, guardSize, strongProbability, uSamples, seed);
        }
    }

    private final Options options;
    private final Consumer<String> progress;

    /**
     * Creates an engine.
     *
     * @param options run settings
     * @param progress receives one line per stage (may be {@code s -> {}})
     */
    public LinkageEngine(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Fits a model on a set of records (for example an existing register) without keeping links.
     *
     * @param records records to learn from
     * @return fitted model
     */
    public LinkageModel fit(List<LinkRecord> records) {
        return link(records).model();
    }

    /**
     * Links a batch of records.
     *
     * @param records records from one or more sources
     * @return model, candidate-pair counts, accepted links and clusters
     */
    public LinkageResult link(List<LinkRecord> records) {
        return link(records, null);
    }

    /**
     * Links a batch of records with a model fitted earlier (for example on the register and
     * saved), instead of fitting one on the batch: nothing is estimated, so small batches are
     * scored as well as large ones. The model's prior and frequency tables are those of the data
     * it was fitted on.
     *
     * @param records records from one or more sources
     * @param fitted the model to score with, or null to fit one on these records
     * @return model, candidate-pair counts, accepted links and clusters
     */
    public LinkageResult link(List<LinkRecord> records, LinkageModel fitted) {
        NormalisedRecord[] normalised = new NormalisedRecord[records.size()];
        IntStream.range(0, normalised.length).parallel()
                .forEach(i -> normalised[i] = RecordNormaliser.normalise(records.get(i)));
        return linkNormalised(Arrays.asList(normalised), fitted);
    }

    /**
     * Links records that are already normalised ({@link RecordNormaliser#normalise}). A caller
     * with a large input normalises as it reads and lets the raw records go, which halves the
     * memory a run needs.
     *
     * @param norm normalised records from one or more sources
     * @param fitted the model to score with, or null to fit one on these records
     * @return model, candidate-pair counts, accepted links and clusters
     */
    public LinkageResult linkNormalised(List<NormalisedRecord> norm, LinkageModel fitted) {
        long t0 = System.nanoTime();
        int n = norm.size();
        NormalisedRecord[] normalised = norm.toArray(new NormalisedRecord[0]);
        Map<String, Integer> sourceIndex = new LinkedHashMap<>();
        int[] sourceOf = new int[n];
        for (int i = 0; i < n; i++) {
            sourceOf[i] = sourceIndex.computeIfAbsent(normalised[i].source(), s -> sourceIndex.size());
        }
        TermFrequencies tf = fitted != null ? fitted.termFrequencies() : TermFrequencies.build(norm);
        PreparedRecord[] prepared = new PreparedRecord[n];
        IntStream.range(0, n).parallel().forEach(i -> prepared[i] = PreparedRecord.of(normalised[i], tf));
        List<PreparedRecord> prep = Arrays.asList(prepared);
        int sharedLines = SharedValues.mark(prep);
        SharedValues.relateTowns(prep);
        progress.accept(String.format("prepared %,d records from %d source(s) in %.1f s (%,d phone"
                + " numbers shared by clearly different businesses, not counted as evidence)", n,
                sourceIndex.size(), secondsSince(t0), sharedLines));

        PairSpace space = PairSpace.of(sourceOf, options.dedupe());
        long t1 = System.nanoTime();
        CandidatePairs candidates = new Blocker(Set.of(BlockingRule.values()), options.maxBlock(),
                options.window()).block(prep, tf, space);
        progress.accept(String.format("blocking: %,d candidate pairs of %,d possible (%s) in %.1f s",
                candidates.size(), space.totalPairs(), candidates.pairsPerRule(), secondsSince(t1)));

        long t2 = System.nanoTime();
        int[] patterns = new int[candidates.size()];
        IntStream.range(0, candidates.size()).parallel().forEach(k -> patterns[k] =
                Comparer.pattern(prepared[candidates.first(k)], prepared[candidates.second(k)]));
        LinkageModel model;
        if (fitted != null) {
            model = fitted;
            progress.accept(String.format("model: given (fitted on %,d records), compared %,d pairs"
                    + " in %.1f s", fitted.training().records(), candidates.size(), secondsSince(t2)));
        } else {
            model = fit(prepared, tf, space, candidates, patterns, t2);
        }

        long t3 = System.nanoTime();
        double thresholdWeight = LinkageModel.weightOf(options.threshold());
        // Weights are not kept for every candidate pair (a million records have tens of millions
        // of candidates and few links): one parallel pass finds the accepted pairs, and only their
        // weights are computed again.
        int[] acceptedPairs = IntStream.range(0, candidates.size()).parallel().filter(k ->
                model.matchWeight(patterns[k], prepared[candidates.first(k)]) >= thresholdWeight).toArray();
        int accepted = acceptedPairs.length;
        int[] first = new int[accepted];
        int[] second = new int[accepted];
        double[] linkWeight = new double[accepted];
        for (int a = 0; a < accepted; a++) {
            int k = acceptedPairs[a];
            first[a] = candidates.first(k);
            second[a] = candidates.second(k);
            linkWeight[a] = model.matchWeight(patterns[k], prepared[first[a]]);
        }
        Clusterer.Result clusters = new Clusterer(options.guardSize(),
                LinkageModel.weightOf(options.strongProbability())).cluster(n, first, second, linkWeight,
                        (i, j) -> model.matchWeight(Comparer.pattern(prepared[i], prepared[j]), prepared[i]));
        progress.accept(String.format("scored %,d pairs: %,d at or above probability %s; %,d clusters"
                        + " (%,d joins refused by the chaining guard, %,d because they would join"
                        + " records that are clearly different businesses) in %.1f s",
                candidates.size(), accepted, options.threshold(), clusters.clusterCount(),
                clusters.guardedJoins(), clusters.conflictRefusals(), secondsSince(t3)));
        List<String> sources = new ArrayList<>(sourceIndex.keySet());
        return new LinkageResult(prep, sources, sourceOf, model, candidates,
                first, second, linkWeight, clusters);
    }

    private LinkageModel fit(PreparedRecord[] prepared, TermFrequencies tf, PairSpace space,
            CandidatePairs candidates, int[] patterns, long t2) {
        int n = prepared.length;
        if (candidates.size() < SMALL_TASK_PAIRS) {
            progress.accept(String.format("warning: only %,d candidate pairs; with so little data the"
                    + " model's estimates are rough and few or no links may be found. Fit on a larger"
                    + " set (e.g. the whole register) and score with the saved model (--model) instead.",
                    candidates.size()));
        }
        int[] randomPatterns = randomPatterns(prepared, space);
        double[][] u = ModelTrainer.estimateU(randomPatterns);
        Map<Integer, Long> counts = countPatterns(patterns);
        List<Field> informative = ModelTrainer.informativeFields(counts);
        long total = space.totalPairs();
        if (informative.size() < 2) {
            // EM cannot separate matches from non-matches on one field; say so loudly and use
            // the assumed model rather than quietly writing whatever EM wandered to.
            Field only = informative.isEmpty() ? Field.NAME : informative.get(0);
            ModelTrainer.EmResult assumed = ModelTrainer.assumedModel(only, u, n);
            progress.accept(String.format("WARNING: only one field (%s) is filled on both records of"
                    + " enough candidate pairs, so the model cannot be estimated from these records."
                    + " Using the ASSUMED model for a %s-only list instead: m fixed in advance, u and"
                    + " the prior from random pairs (prior %.2g), no term-frequency adjustment. Check"
                    + " a sample of the links; add fields (address, postcode, phone) or fit on a"
                    + " richer list and score with --model.", only.key(), only.key(),
                    assumed.matchShare()));
            TrainingSummary training = new TrainingSummary(n, candidates.size(), total, 0, false,
                    assumed.matchShare() * total / Math.max(1, candidates.size()));
            return new LinkageModel(assumed.matchShare(), assumed.m(), assumed.candidateU(), tf,
                    training, false);
        }
        ModelTrainer.EmResult em = ModelTrainer.em(counts, u);
        if (!em.converged()) {
            progress.accept(String.format("WARNING: EM did NOT converge after %d iterations; the"
                    + " model's probabilities are unreliable. Check a sample of the links.",
                    em.iterations()));
        }
        double prior = em.matchShare() * candidates.size() / Math.max(1, total);
        prior = Math.min(0.5, Math.max(prior, 1e-12));
        TrainingSummary training = new TrainingSummary(n, candidates.size(), total, em.iterations(),
                em.converged(), em.matchShare());
        List<PreparedRecord> records = Arrays.asList(prepared);
        Map<String, Integer> businesses = SharedValues.businessCounts(records, Field.ADDRESS, tf);
        double coLocated = SharedValues.coLocatedShare(records, businesses, tf);
        LinkageModel model = new LinkageModel(prior, em.m(), ModelTrainer.scoringU(em.m(), u, em.candidateU()),
                tf.withBusinessCounts(Field.ADDRESS, businesses), training).withCoLocatedShare(coLocated);
        progress.accept(String.format("model: u from %,d random pairs, EM %s after %d iterations, "
                        + "%.1f%% of candidates estimated to match, in %.1f s",
                randomPatterns.length, em.converged() ? "converged" : "did NOT converge",
                em.iterations(), 100 * em.matchShare(), secondsSince(t2)));
        progress.accept(String.format("addresses: %.1f%% of those with a named business hold two or"
                + " more clearly different businesses", 100 * coLocated));
        return model;
    }

    private int[] randomPatterns(PreparedRecord[] prepared, PairSpace space) {
        int n = prepared.length;
        long total = space.totalPairs();
        if (total <= options.uSamples()) {
            // Small task: every pair, no sampling error.
            int[] out = new int[(int) total];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (space.allowed(i, j)) {
                        out[k++] = Comparer.pattern(prepared[i], prepared[j]);
                    }
                }
            }
            return out;
        }
        int samples = options.uSamples();
        long[] pairs = new long[samples];
        SplittableRandom random = new SplittableRandom(options.seed());
        int k = 0;
        while (k < samples) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (space.allowed(i, j)) {
                pairs[k++] = ((long) i << 32) | j;
            }
        }
        int[] out = new int[samples];
        IntStream.range(0, samples).parallel().forEach(s -> out[s] = Comparer.pattern(
                prepared[(int) (pairs[s] >>> 32)], prepared[(int) pairs[s]]));
        return out;
    }

    private static Map<Integer, Long> countPatterns(int[] patterns) {
        int[] sorted = patterns.clone();
        Arrays.parallelSort(sorted);
        Map<Integer, Long> counts = new LinkedHashMap<>();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            counts.put(sorted[i], (long) (j - i));
            i = j;
        }
        return counts;
    }

    private static double secondsSince(long t) {
        return (System.nanoTime() - t) / 1e9;
    }
}
