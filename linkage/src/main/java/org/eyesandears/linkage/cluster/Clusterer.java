package org.eyesandears.linkage.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups records into clusters from accepted links.
 *
 * <p>The rule: links are taken in order of decreasing match weight and joined as in connected
 * components, except that two clusters which each already hold at least {@code guardSize} records
 * are joined only if the link between them is strong (match weight at least {@code strongWeight})
 * or, once all links have been seen, if at least {@code max(2, ceil(smaller cluster size / 2))}
 * accepted links run between them. So one weak link cannot chain two established businesses into
 * one, while two halves of the same business, which link to each other many times, still merge.
 */
public final class Clusterer {

    /** Default cluster size from which the guard applies. */
    public static final int DEFAULT_GUARD_SIZE = 3;
    /** Default strong-evidence probability that overrides the guard. */
    public static final double DEFAULT_STRONG_PROBABILITY = 0.999;

    private final int guardSize;
    private final double strongWeight;

    /**
     * Creates a clusterer.
     *
     * @param guardSize size at which both clusters are guarded
     * @param strongWeight match weight at or above which one link is enough to join guarded clusters
     */
    public Clusterer(int guardSize, double strongWeight) {
        this.guardSize = guardSize;
        this.strongWeight = strongWeight;
    }

    /**
     * Outcome of clustering.
     *
     * @param clusterOf cluster number per record, numbered 0.. in order of each cluster's first record
     * @param clusterCount number of clusters (singletons included)
     * @param guardedJoins joins refused by the guard (pairs of clusters left apart)
     */
    public record Result(int[] clusterOf, int clusterCount, int guardedJoins, int conflictRefusals) {
    }

    /** Weighs any two records (match weight in bits), for the check that a join brings no conflict. */
    @FunctionalInterface
    public interface PairWeigher {
        /**
         * @param i one record index
         * @param j another record index
         * @return the pair's match weight
         */
        double weight(int i, int j);
    }

    /**
     * Probability below which two records are taken to be different businesses: a join that would
     * put such a pair into one cluster is refused. A record that names no business (premises only)
     * links to every business at its address; without this check it would chain successive
     * occupants, or the units of one parade, into one business.
     */
    public static final double CONFLICT_PROBABILITY = 0.0001;
    /** Joins of clusters with more member pairs than this are not checked, to bound the cost. */
    static final int MAX_CONFLICT_CHECKS = 400;

    /**
     * Clusters records.
     *
     * @param records number of records
     * @param first first record index of each link
     * @param second second record index of each link
     * @param weight match weight of each link
     * @return cluster per record
     */
    public Result cluster(int records, int[] first, int[] second, double[] weight) {
        return cluster(records, first, second, weight, null);
    }

    /**
     * Clusters records, refusing any join that would put two records into one cluster that the
     * weigher finds clearly different (probability below {@link #CONFLICT_PROBABILITY}).
     *
     * @param records number of records
     * @param first first record index of each link
     * @param second second record index of each link
     * @param weight match weight of each link
     * @param weigher weighs any two records, or null for no conflict check
     * @return cluster per record
     */
    public Result cluster(int records, int[] first, int[] second, double[] weight, PairWeigher weigher) {
        double conflictWeight = Math.log(CONFLICT_PROBABILITY / (1 - CONFLICT_PROBABILITY)) / Math.log(2);
        // Members of each cluster as a circular list, so a join can check every cross pair.
        int[] next = new int[records];
        int conflicts = 0;
        int[] parent = new int[records];
        int[] size = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
        }
        Integer[] order = new Integer[first.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        // Strongest evidence first; ties by index so the outcome does not depend on input order noise.
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(weight[y], weight[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        List<Integer> deferred = new ArrayList<>();
        for (int k : order) {
            int ra = find(parent, first[k]);
            int rb = find(parent, second[k]);
            if (ra == rb) {
                continue;
            }
            if (size[ra] >= guardSize && size[rb] >= guardSize && weight[k] < strongWeight) {
                deferred.add(k);
                continue;
            }
            if (conflict(weigher, next, size, ra, rb, conflictWeight)) {
                conflicts++;
                continue;
            }
            union(parent, size, next, ra, rb);
        }
        int refused = 0;
        boolean merged = true;
        while (merged) {
            merged = false;
            Map<Long, Integer> support = new HashMap<>();
            for (int k : deferred) {
                int ra = find(parent, first[k]);
                int rb = find(parent, second[k]);
                if (ra != rb) {
                    support.merge(key(ra, rb), 1, Integer::sum);
                }
            }
            refused = 0;
            for (Map.Entry<Long, Integer> e : support.entrySet()) {
                int ra = find(parent, (int) (e.getKey() >>> 32));
                int rb = find(parent, (int) (long) e.getKey());
                if (ra == rb) {
                    continue;
                }
                int needed = Math.max(2, (Math.min(size[ra], size[rb]) + 1) / 2);
                if (e.getValue() >= needed && !conflict(weigher, next, size, ra, rb, conflictWeight)) {
                    union(parent, size, next, ra, rb);
                    merged = true;
                } else {
                    refused++;
                }
            }
        }
        int[] clusterOf = new int[records];
        int[] number = new int[records];
        Arrays.fill(number, -1);
        int count = 0;
        for (int i = 0; i < records; i++) {
            int r = find(parent, i);
            if (number[r] < 0) {
                number[r] = count++;
            }
            clusterOf[i] = number[r];
        }
        return new Result(clusterOf, count, refused, conflicts);
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** True when some record of one cluster is clearly a different business from one of the other. */
    private static boolean conflict(PairWeigher weigher, int[] next, int[] size, int ra, int rb,
            double conflictWeight) {
        if (weigher == null || (long) size[ra] * size[rb] > MAX_CONFLICT_CHECKS) {
            return false;
        }
        int x = ra;
        do {
            int y = rb;
            do {
                if (weigher.weight(x, y) < conflictWeight) {
                    return true;
                }
                y = next[y];
            } while (y != rb);
            x = next[x];
        } while (x != ra);
        return false;
    }

    private static void union(int[] parent, int[] size, int[] next, int a, int b) {
        if (size[a] < size[b]) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        // Splice the two circular member lists into one.
        int t = next[a];
        next[a] = next[b];
        next[b] = t;
    }
}
