package org.eyesandears.linkage.model;

import java.util.Map;

/**
 * Estimates the model's parameters without labelled data.
 *
 * <p>u (how often each level occurs between records that are <em>not</em> the same business) is
 * counted on pairs drawn at random: almost every random pair is a non-match. m (how often each
 * level occurs between true matches) is estimated by expectation-maximisation over the candidate
 * pairs, where matches are common enough to be found. During EM the candidate non-matches get
 * their own level distribution, because blocking makes them agree on the blocking fields far more
 * often than random pairs do; that distribution is a nuisance parameter and is not used for
 * scoring. EM works on counts of distinct comparison patterns, so its cost does not grow with the
 * number of pairs.
 */
public final class ModelTrainer {

    /** Pseudo-count added to every level (a flat Dirichlet prior), so no probability is ever 0. */
    public static final double PSEUDO_COUNT = 1.0;
    /** EM stops when no parameter moves by more than this between iterations. */
    public static final double TOLERANCE = 1e-6;
    /** EM gives up after this many iterations and reports that it did not converge. */
    public static final int MAX_ITERATIONS = 500;
    /**
     * Upper bound on P(clear conflict | match) for the fields that identify the premises or the
     * legal entity (address, UPRN, company number). Records of one business at one premises
     * disagree outright on these only through a keying slip; without this bound EM would learn the
     * opposite from second sites of the same organisation, which agree on name and phone and so
     * look like matches to an unsupervised model. See docs/linkage.md, "What counts as a match".
     */
    public static final double IDENTITY_CONFLICT_RATE = 0.001;

    /**
     * Levels that mean "a different premises or a different legal entity", per field (by ordinal):
     * for the address both "same street, different number" (a neighbour) and "different"; for UPRN
     * and company number "different". Each is bounded by {@link #IDENTITY_CONFLICT_RATE}.
     */
    static final Map<Field, int[]> CONFLICT_LEVELS = Map.of(
            Field.ADDRESS, new int[] {2, 3}, Field.UPRN, new int[] {1}, Field.COMPANY, new int[] {1});

    /** Starting guess for the share of candidate pairs that are matches. */
    static final double INITIAL_MATCH_SHARE = 0.3;

    private ModelTrainer() {
    }

    /**
     * Outcome of EM.
     *
     * @param m P(level | match) per field and level
     * @param candidateU P(level | non-match among candidates), the nuisance distribution
     * @param matchShare estimated share of candidate pairs that are matches
     * @param iterations iterations run
     * @param converged whether the tolerance was met
     */
    public record EmResult(double[][] m, double[][] candidateU, double matchShare, int iterations,
            boolean converged) {
    }

    /**
     * Estimates u from the comparison patterns of random pairs.
     *
     * @param randomPatterns patterns of pairs drawn uniformly from all possible pairs
     * @return u per field and level
     */
    public static double[][] estimateU(int[] randomPatterns) {
        Field[] fields = Field.values();
        double[][] counts = new double[fields.length][];
        for (Field f : fields) {
            counts[f.ordinal()] = new double[f.levelCount()];
        }
        for (int p : randomPatterns) {
            for (Field f : fields) {
                int l = f.levelIn(p);
                if (l != Field.NULL) {
                    counts[f.ordinal()][l]++;
                }
            }
        }
        return normalise(counts);
    }

    private static double[][] normalise(double[][] counts) {
        double[][] out = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            double sum = 0;
            for (double c : counts[f]) {
                sum += c + PSEUDO_COUNT;
            }
            out[f] = new double[counts[f].length];
            for (int l = 0; l < counts[f].length; l++) {
                out[f][l] = (counts[f][l] + PSEUDO_COUNT) / sum;
            }
        }
        return out;
    }

    /**
     * The starting m: most matches agree exactly, fewer at each weaker level. Only the ordering
     * matters; EM moves away from it quickly.
     *
     * @return initial m per field and level
     */
    static double[][] initialM() {
        Field[] fields = Field.values();
        double[][] m = new double[fields.length][];
        for (Field f : fields) {
            int n = f.levelCount();
            m[f.ordinal()] = new double[n];
            double sum = 0;
            for (int l = 0; l < n; l++) {
                m[f.ordinal()][l] = Math.pow(0.25, l);
                sum += m[f.ordinal()][l];
            }
            for (int l = 0; l < n; l++) {
                m[f.ordinal()][l] /= sum;
            }
        }
        return m;
    }

    /**
     * Applies the identity-field bound: each conflict level keeps at most
     * {@link #IDENTITY_CONFLICT_RATE} and the other levels share the rest in their fitted
     * proportions (the maximum-likelihood solution under that constraint).
     */
    static void constrain(double[][] m) {
        for (Map.Entry<Field, int[]> e : CONFLICT_LEVELS.entrySet()) {
            double[] p = m[e.getKey().ordinal()];
            boolean[] conflict = new boolean[p.length];
            double free = 0;
            double fixed = 0;
            for (int l : e.getValue()) {
                conflict[l] = true;
                if (p[l] > IDENTITY_CONFLICT_RATE) {
                    p[l] = IDENTITY_CONFLICT_RATE;
                }
                fixed += p[l];
            }
            for (int l = 0; l < p.length; l++) {
                if (!conflict[l]) {
                    free += p[l];
                }
            }
            for (int l = 0; l < p.length; l++) {
                if (!conflict[l] && free > 0) {
                    p[l] = p[l] / free * (1 - fixed);
                }
            }
        }
    }

    /**
     * Runs EM over the candidate pairs' comparison patterns.
     *
     * @param patternCounts distinct patterns and how many candidate pairs have each
     * @param uRandom u estimated from random pairs, the starting point for the non-match side
     * @return fitted parameters
     */
    public static EmResult em(Map<Integer, Long> patternCounts, double[][] uRandom) {
        int np = patternCounts.size();
        int[] patterns = new int[np];
        double[] counts = new double[np];
        int k = 0;
        for (Map.Entry<Integer, Long> e : patternCounts.entrySet()) {
            patterns[k] = e.getKey();
            counts[k] = e.getValue();
            k++;
        }
        Field[] fields = Field.values();
        int nf = fields.length;
        int[][] levels = new int[np][nf];
        for (int i = 0; i < np; i++) {
            for (Field f : fields) {
                levels[i][f.ordinal()] = f.levelIn(patterns[i]);
            }
        }
        double[][] m = initialM();
        constrain(m);
        double[][] uc = new double[nf][];
        for (int f = 0; f < nf; f++) {
            uc[f] = uRandom[f].clone();
        }
        double lambda = INITIAL_MATCH_SHARE;
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS && !converged) {
            iteration++;
            double[][] sm = new double[nf][];
            double[][] su = new double[nf][];
            for (Field f : fields) {
                sm[f.ordinal()] = new double[f.levelCount()];
                su[f.ordinal()] = new double[f.levelCount()];
            }
            double matched = 0;
            double total = 0;
            for (int i = 0; i < np; i++) {
                double pm = lambda;
                double pu = 1 - lambda;
                int[] lv = levels[i];
                for (int f = 0; f < nf; f++) {
                    int l = lv[f];
                    if (l != Field.NULL) {
                        pm *= m[f][l];
                        pu *= uc[f][l];
                    }
                }
                double w = pm / (pm + pu);
                if (Double.isNaN(w)) {
                    w = 0;
                }
                double c = counts[i];
                for (int f = 0; f < nf; f++) {
                    int l = lv[f];
                    if (l != Field.NULL) {
                        sm[f][l] += c * w;
                        su[f][l] += c * (1 - w);
                    }
                }
                matched += c * w;
                total += c;
            }
            double[][] m2 = normalise(sm);
            constrain(m2);
            double[][] u2 = normalise(su);
            double lambda2 = total == 0 ? lambda : matched / total;
            double delta = Math.abs(lambda2 - lambda);
            for (int f = 0; f < nf; f++) {
                for (int l = 0; l < m2[f].length; l++) {
                    delta = Math.max(delta, Math.abs(m2[f][l] - m[f][l]));
                    delta = Math.max(delta, Math.abs(u2[f][l] - uc[f][l]));
                }
            }
            m = m2;
            uc = u2;
            lambda = lambda2;
            converged = delta < TOLERANCE;
        }
        // A field never filled on both sides of any candidate pair has taught EM nothing: give it
        // m = u, so it adds no weight now and cannot surprise anyone when a later record has it.
        for (Field f : fields) {
            boolean seen = false;
            for (int i = 0; i < np && !seen; i++) {
                seen = levels[i][f.ordinal()] != Field.NULL;
            }
            if (!seen) {
                m[f.ordinal()] = uRandom[f.ordinal()].clone();
            }
        }
        return new EmResult(m, uc, lambda, iteration, converged);
    }
}
