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
     * Upper bounds on P(level | match) for the levels that say "a different premises or a different
     * legal entity", per field (by ordinal) and level. Records of one business rarely disagree
     * outright on these: a keying slip in a house number, a business that moved or a source that
     * gives a second entrance or a cross-street. Without a bound EM learns the opposite from second
     * sites of one organisation, which agree on name and phone and so look like matches to an
     * unsupervised model. The bounds are rates, not vetoes: a conflict weighs a few bits against
     * a match (a different street about -4, a different house number on the same street about -3,
     * a different UPRN or company number about -7, names with no distinctive word in common about
     * -7, which keeps successive occupants of one address and a hotel's restaurants apart), and
     * enough agreement elsewhere (the same name and phone) can still outweigh it. See docs/linkage.md, "What counts as a match".
     */
    static final Map<Field, double[]> CONFLICT_BOUNDS = Map.of(
            Field.NAME, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.01},
            Field.ADDRESS, new double[] {Double.NaN, Double.NaN, 0.02, Double.NaN, 0.05},
            Field.UPRN, new double[] {Double.NaN, 0.005},
            Field.COMPANY, new double[] {Double.NaN, 0.005});

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
     * Applies the conflict bounds: each bounded level keeps at most its bound and the other levels
     * share the rest in their fitted proportions (the maximum-likelihood solution under that
     * constraint).
     */
    static void constrain(double[][] m) {
        for (Map.Entry<Field, double[]> e : CONFLICT_BOUNDS.entrySet()) {
            double[] p = m[e.getKey().ordinal()];
            double[] bound = e.getValue();
            double free = 0;
            double fixed = 0;
            for (int l = 0; l < p.length; l++) {
                if (Double.isNaN(bound[l])) {
                    free += p[l];
                } else {
                    p[l] = Math.min(p[l], bound[l]);
                    fixed += p[l];
                }
            }
            for (int l = 0; l < p.length; l++) {
                if (Double.isNaN(bound[l]) && free > 0) {
                    p[l] = p[l] / free * (1 - fixed);
                }
            }
        }
    }

    /**
     * The u used for scoring. Random pairs say how often two unrelated records show each level, and
     * that is right for agreement: two random businesses rarely share a phone number. For a conflict
     * level it is too kind: two random businesses rarely share a street at all, so "same street,
     * different number" looks rarer among non-matches than it is among the pairs that matter, the
     * look-alike neighbours that blocking brings together. For conflict levels u is therefore the
     * largest of the random-pair estimate, the candidate non-match estimate and twice m (all levels
     * then scaled to sum to 1, a conflict level kept at least at 2m), so a conflict always counts
     * at least one bit against a match, never for one.
     *
     * @param m fitted m
     * @param uRandom u from random pairs
     * @param candidateU EM's non-match distribution among candidate pairs
     * @return u for scoring, each field's levels summing to 1
     */
    public static double[][] scoringU(double[][] m, double[][] uRandom, double[][] candidateU) {
        double[][] u = new double[uRandom.length][];
        for (int f = 0; f < uRandom.length; f++) {
            u[f] = uRandom[f].clone();
        }
        for (Map.Entry<Field, double[]> e : CONFLICT_BOUNDS.entrySet()) {
            int f = e.getKey().ordinal();
            double[] bound = e.getValue();
            double sum = 0;
            for (int l = 0; l < u[f].length; l++) {
                if (!Double.isNaN(bound[l])) {
                    u[f][l] = Math.max(2 * m[f][l], Math.max(uRandom[f][l], candidateU[f][l]));
                }
                sum += u[f][l];
            }
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] /= sum;
                if (!Double.isNaN(bound[l])) {
                    // Scaling may have taken a conflict's u a hair below 2m; put it back.
                    u[f][l] = Math.max(u[f][l], 2 * m[f][l]);
                }
            }
        }
        return u;
    }

    /**
     * The share of candidate pairs on which a field must be filled on both records for it to count
     * as evidence EM can learn from.
     */
    static final double INFORMATIVE_SHARE = 0.05;

    /**
     * What m is assumed to be when it cannot be estimated (one informative field only). In a list
     * of names and nothing else the name is all that varies, so the records of one organisation
     * spread over the levels more than in a list with addresses: fewer than half agree exactly once
     * tidied, fewer at each weaker level; one name inside another ("similar") is weak here, since
     * "Acme" and "Acme Logistics" are often two organisations; hardly any have no distinctive word
     * in common (the "different" level is also bounded by {@link #CONFLICT_BOUNDS}).
     */
    static final double[] ASSUMED_M_NAME = {0.45, 0.3, 0.1, 0.1, 0.05};

    /**
     * The assumption that makes a one-field list estimable: two different organisations share the
     * whole tidied value in about one pair in 10,000, so exact agreement weighs log2(m / 0.0001),
     * about 12 bits, before the prior.
     */
    static final double ASSUMED_EXACT_U = 1e-4;

    /**
     * Fields filled on both records of at least {@link #INFORMATIVE_SHARE} of the candidate pairs.
     *
     * @param patternCounts distinct patterns and their counts
     * @return informative fields, in field order
     */
    public static java.util.List<Field> informativeFields(Map<Integer, Long> patternCounts) {
        long total = 0;
        long[] filled = new long[Field.values().length];
        for (Map.Entry<Integer, Long> e : patternCounts.entrySet()) {
            total += e.getValue();
            for (Field f : Field.values()) {
                if (f.levelIn(e.getKey()) != Field.NULL) {
                    filled[f.ordinal()] += e.getValue();
                }
            }
        }
        java.util.List<Field> out = new java.util.ArrayList<>();
        for (Field f : Field.values()) {
            if (total > 0 && filled[f.ordinal()] >= INFORMATIVE_SHARE * total) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A model for a list with one informative field, where EM cannot tell matches from non-matches
     * (one field's level shares fit any mix of two distributions equally well). m is assumed
     * ({@link #ASSUMED_M_NAME} for names, the starting guess otherwise). Random pairs are not all
     * non-matches in such a list (an organisation written fifty ways makes many of them matches),
     * so u and the prior are separated by one assumption: two <em>different</em> organisations
     * practically never share the whole tidied value. Then the random pairs' exact-agreement rate
     * is the prior times m(exact), which gives the prior, and u is what random pairs show once that
     * share of matches is taken out. Term-frequency adjustment is switched off by the caller: a
     * value is common here because it is duplicated, not because many organisations share it.
     *
     * @param field the one informative field
     * @param uRandom u from random pairs
     * @param records number of records, whose inverse bounds u from below at the weaker levels
     * @return m, u and the prior probability (as the match share of the result)
     */
    public static EmResult assumedModel(Field field, double[][] uRandom, long records) {
        double[][] m = initialM();
        if (field == Field.NAME) {
            m[field.ordinal()] = ASSUMED_M_NAME.clone();
        }
        constrain(m);
        int f = field.ordinal();
        double[] ur = uRandom[f];
        double prior = Math.max(1e-9, Math.min(0.5, ur[0] / m[f][0]));
        // The whole tidied value shared by two different organisations is the rare event the
        // assumption is about; no weaker level is taken to be rarer than one record in the list.
        double floor = 1.0 / Math.max(2, records);
        double[][] u = new double[uRandom.length][];
        for (int k = 0; k < uRandom.length; k++) {
            u[k] = uRandom[k].clone();
        }
        double sum = 0;
        for (int l = 0; l < ur.length; l++) {
            u[f][l] = Math.max(l == 0 ? ASSUMED_EXACT_U : floor, (ur[l] - prior * m[f][l]) / (1 - prior));
            sum += u[f][l];
        }
        for (int l = 0; l < ur.length; l++) {
            u[f][l] /= sum;
        }
        // Fields never filled: m = u, so they add nothing.
        for (int k = 0; k < m.length; k++) {
            if (k != f) {
                m[k] = u[k].clone();
            }
        }
        return new EmResult(m, u, prior, 0, false);
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
