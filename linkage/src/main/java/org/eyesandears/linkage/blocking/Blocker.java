package org.eyesandears.linkage.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.TermFrequencies;

/** Runs the blocking rules over a set of records and collects the distinct candidate pairs. */
public final class Blocker {

    /** Default largest block compared all-against-all. */
    public static final int DEFAULT_MAX_BLOCK = 30;
    /** Default number of name-sorted neighbours each record meets inside an oversized block. */
    public static final int DEFAULT_WINDOW = 10;

    private final Set<BlockingRule> rules;
    private final int maxBlock;
    private final int window;

    /**
     * Creates a blocker.
     *
     * @param rules rules to apply
     * @param maxBlock largest block compared all-against-all
     * @param window neighbours compared inside larger blocks
     */
    public Blocker(Set<BlockingRule> rules, int maxBlock, int window) {
        this.rules = Set.copyOf(rules);
        this.maxBlock = maxBlock;
        this.window = window;
    }

    /** @return a blocker with every rule and the default limits */
    public static Blocker defaults() {
        return new Blocker(Set.of(BlockingRule.values()), DEFAULT_MAX_BLOCK, DEFAULT_WINDOW);
    }

    /**
     * Finds candidate pairs.
     *
     * @param records prepared records, indexed as in the pair space
     * @param tf frequency tables
     * @param space which pairs are wanted
     * @return distinct candidate pairs and counts per rule
     */
    public CandidatePairs block(List<PreparedRecord> records, TermFrequencies tf, PairSpace space) {
        Map<BlockingRule, Long> perRule = new EnumMap<>(BlockingRule.class);
        Map<BlockingRule, Long> oversized = new EnumMap<>(BlockingRule.class);
        // The rules are independent: each builds its own blocks and pairs, in parallel; the pairs
        // are then merged, sorted and made distinct, so the result does not depend on the order.
        List<BlockingRule> active = new ArrayList<>();
        for (BlockingRule rule : BlockingRule.values()) {
            if (rules.contains(rule)) {
                active.add(rule);
            }
        }
        List<RulePairs> found = active.parallelStream()
                .map(rule -> blockOne(rule, records, tf, space)).toList();
        LongList all = new LongList(0);
        for (RulePairs r : found) {
            perRule.put(r.rule, r.pairs.size);
            oversized.put(r.rule, r.oversized);
            all.addAll(r.pairs);
        }
        long[] pairs = all.drain();
        // In place: a parallel sort would need a second array as large as this one.
        Arrays.sort(pairs);
        int n = 0;
        for (int k = 0; k < pairs.length; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                pairs[n++] = pairs[k];
            }
        }
        return new CandidatePairs(Arrays.copyOf(pairs, n), perRule, oversized);
    }

    private record RulePairs(BlockingRule rule, LongList pairs, long oversized) {
    }

    private RulePairs blockOne(BlockingRule rule, List<PreparedRecord> records, TermFrequencies tf,
            PairSpace space) {
        LongList all = new LongList(0);
        Map<String, IntList> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String key : rule.keys(records.get(i), tf)) {
                blocks.computeIfAbsent(key, k -> new IntList()).add(i);
            }
        }
        long big = 0;
        for (IntList block : blocks.values()) {
            int n = block.size;
            if (n < 2) {
                continue;
            }
            int[] ids = block.toArray();
            if (n <= maxBlock) {
                for (int a = 0; a < n; a++) {
                    for (int b = a + 1; b < n; b++) {
                        if (space.allowed(ids[a], ids[b])
                                && rule.worthComparing(records.get(ids[a]), records.get(ids[b]))) {
                            all.add(CandidatePairs.pack(ids[a], ids[b]));
                        }
                    }
                }
            } else {
                big++;
                windowed(rule, ids, records, space, all);
            }
        }
        return new RulePairs(rule, all, big);
    }

    private void windowed(BlockingRule rule, int[] ids, List<PreparedRecord> records, PairSpace space,
            LongList out) {
        Integer[] boxed = Arrays.stream(ids).boxed().toArray(Integer[]::new);
        Comparator<Integer> byName = Comparator.comparing(
                (Integer i) -> records.get(i).record().name(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        Arrays.sort(boxed, byName.thenComparing(Comparator.naturalOrder()));
        for (int a = 0; a < boxed.length; a++) {
            for (int b = a + 1; b <= a + window && b < boxed.length; b++) {
                if (space.allowed(boxed[a], boxed[b])
                        && rule.worthComparingInLargeBlock(records.get(boxed[a]), records.get(boxed[b]))) {
                    out.add(CandidatePairs.pack(boxed[a], boxed[b]));
                }
            }
        }
    }

    /** Growable int array; avoids boxing a million record indexes. */
    static final class IntList {
        int[] a = new int[2];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    /**
     * Growable long array for packed pairs, held in fixed-size chunks so that growing never copies
     * (a copy on growth would briefly need twice the memory of tens of millions of pairs).
     */
    static final class LongList {
        private static final int CHUNK = 1 << 20;
        private final List<long[]> chunks = new ArrayList<>();
        private long[] current;
        private int used = CHUNK;
        long size;

        LongList(int capacity) {
            // Chunks are allocated as needed; the hint is not needed.
        }

        void add(long v) {
            if (used == CHUNK) {
                current = new long[CHUNK];
                chunks.add(current);
                used = 0;
            }
            current[used++] = v;
            size++;
        }

        /** Takes over another list's values (its chunks are copied, then released). */
        void addAll(LongList other) {
            long left = other.size;
            for (int c = 0; c < other.chunks.size(); c++) {
                long[] chunk = other.chunks.get(c);
                int n = (int) Math.min(CHUNK, left);
                for (int k = 0; k < n; k++) {
                    add(chunk[k]);
                }
                left -= n;
                other.chunks.set(c, null);
            }
            other.chunks.clear();
            other.size = 0;
        }

        /** Copies the values into one array, releasing each chunk as it goes. */
        long[] drain() {
            long[] out = new long[Math.toIntExact(size)];
            int at = 0;
            for (int c = 0; c < chunks.size(); c++) {
                long[] chunk = chunks.get(c);
                int n = (int) Math.min(CHUNK, size - at);
                System.arraycopy(chunk, 0, out, at, n);
                at += n;
                chunks.set(c, null);
            }
            chunks.clear();
            current = null;
            used = CHUNK;
            size = 0;
            return out;
        }
    }
}
