package org.eyesandears.linkage.blocking;

import java.util.Map;

/**
 * The distinct candidate pairs found by blocking, each packed as {@code (i << 32) | j} with
 * {@code i < j} record indexes, sorted ascending; with counts per rule for reporting.
 *
 * @param pairs packed pairs, sorted, no duplicates
 * @param pairsPerRule pairs each rule produced (a pair found by two rules counts for both)
 * @param oversizedBlocksPerRule blocks per rule that exceeded the cap and were windowed
 */
public record CandidatePairs(long[] pairs, Map<BlockingRule, Long> pairsPerRule,
        Map<BlockingRule, Long> oversizedBlocksPerRule) {

    /** @return number of distinct pairs */
    public int size() {
        return pairs.length;
    }

    /** @param k index @return first record index of pair k */
    public int first(int k) {
        return (int) (pairs[k] >>> 32);
    }

    /** @param k index @return second record index of pair k */
    public int second(int k) {
        return (int) pairs[k];
    }

    /**
     * Packs a pair.
     *
     * @param i one record index
     * @param j another record index
     * @return packed pair with the smaller index first
     */
    public static long pack(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
