package org.eyesandears.linkage.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.TermFrequencies;

/**
 * The blocking rules as a lookup over an existing register, for finding the candidates of one new
 * record at a time without comparing it with every register record. Same rules and limits as
 * {@link Blocker}: a key shared by at most {@code maxBlock} register records yields all of them;
 * a more common key yields only the {@code window} records on either side of the new record in
 * name order. Immutable after construction and safe to share between threads.
 */
public final class CandidateIndex {

    private final List<PreparedRecord> register;
    private final TermFrequencies tf;
    private final int maxBlock;
    private final int window;
    private final Map<BlockingRule, Map<String, int[]>> blocks = new EnumMap<>(BlockingRule.class);

    /**
     * Indexes a register.
     *
     * @param register prepared register records; candidates are returned as indexes into it
     * @param tf the frequency tables of the model in use
     * @param maxBlock largest key group returned whole
     * @param window records taken on each side of the probe in name order for larger groups
     */
    public CandidateIndex(List<PreparedRecord> register, TermFrequencies tf, int maxBlock, int window) {
        this.register = List.copyOf(register);
        this.tf = tf;
        this.maxBlock = maxBlock;
        this.window = window;
        Comparator<Integer> byName = Comparator.comparing((Integer i) -> nameOf(this.register.get(i)))
                .thenComparing(Comparator.naturalOrder());
        for (BlockingRule rule : BlockingRule.values()) {
            Map<String, List<Integer>> groups = new HashMap<>();
            for (int i = 0; i < this.register.size(); i++) {
                for (String key : rule.keys(this.register.get(i), tf)) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> packed = new HashMap<>(groups.size() * 2);
            groups.forEach((key, ids) -> {
                if (ids.size() > maxBlock) {
                    ids.sort(byName);
                }
                packed.put(key, ids.stream().mapToInt(Integer::intValue).toArray());
            });
            blocks.put(rule, packed);
        }
    }

    private static String nameOf(PreparedRecord r) {
        return r.record().name() == null ? "" : r.record().name();
    }

    /**
     * Register records worth comparing with a new record.
     *
     * @param probe the new record, prepared with the same model
     * @return distinct register indexes, ascending
     */
    public int[] candidatesFor(PreparedRecord probe) {
        TreeSet<Integer> out = new TreeSet<>();
        String name = nameOf(probe);
        for (BlockingRule rule : BlockingRule.values()) {
            Map<String, int[]> groups = blocks.get(rule);
            for (String key : rule.keys(probe, tf)) {
                int[] ids = groups.get(key);
                if (ids == null) {
                    continue;
                }
                if (ids.length <= maxBlock) {
                    for (int id : ids) {
                        out.add(id);
                    }
                    continue;
                }
                int at = insertionPoint(ids, name);
                for (int k = Math.max(0, at - window); k < Math.min(ids.length, at + window); k++) {
                    out.add(ids[k]);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int insertionPoint(int[] idsByName, String name) {
        int lo = 0;
        int hi = idsByName.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nameOf(register.get(idsByName[mid])).compareTo(name) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return number of register records indexed */
    public int size() {
        return register.size();
    }

    @Override
    public String toString() {
        return "CandidateIndex" + Arrays.toString(new int[] {register.size(), maxBlock, window});
    }
}
