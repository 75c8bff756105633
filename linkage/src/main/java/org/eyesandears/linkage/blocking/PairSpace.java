package org.eyesandears.linkage.blocking;

/**
 * Which pairs the linking task is about: across sources, within sources, or both.
 *
 * @param sourceOf source index of each record
 * @param sourceSizes number of records per source index
 * @param withinSource whether pairs inside one source count (de-duplication)
 * @param acrossSources whether pairs from two different sources count (linking)
 */
public record PairSpace(int[] sourceOf, long[] sourceSizes, boolean withinSource,
        boolean acrossSources) {

    /**
     * Builds the space from each record's source index.
     *
     * @param sourceOf source index per record
     * @param dedupe whether pairs within one source are wanted
     * @return the pair space; with a single source, de-duplication is implied
     */
    public static PairSpace of(int[] sourceOf, boolean dedupe) {
        int max = -1;
        for (int s : sourceOf) {
            max = Math.max(max, s);
        }
        long[] sizes = new long[max + 1];
        for (int s : sourceOf) {
            sizes[s]++;
        }
        boolean single = sizes.length <= 1;
        return new PairSpace(sourceOf, sizes, dedupe || single, !single);
    }

    /**
     * Whether a pair belongs to the task.
     *
     * @param i first record index
     * @param j second record index
     * @return true when the pair should be compared
     */
    public boolean allowed(int i, int j) {
        if (i == j) {
            return false;
        }
        return sourceOf[i] == sourceOf[j] ? withinSource : acrossSources;
    }

    /** @return the number of pairs in the task */
    public long totalPairs() {
        long n = 0;
        long sumSquares = 0;
        long within = 0;
        for (long s : sourceSizes) {
            n += s;
            sumSquares += s * s;
            within += s * (s - 1) / 2;
        }
        long across = (n * n - sumSquares) / 2;
        return (withinSource ? within : 0) + (acrossSources ? across : 0);
    }
}
