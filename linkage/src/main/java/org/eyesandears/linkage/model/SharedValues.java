package org.eyesandears.linkage.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Values that several businesses share, found from the records' names.
 *
 * <p><b>Shared phone lines.</b> A phone number that records of clearly different businesses give
 * (a hotel's switchboard for its restaurants, an organisation's main number for its sites, a
 * parade's landlord). Two records giving such a number are at the same switchboard, not necessarily
 * the same business, and the fields are then not independent: co-located businesses agree on
 * address <em>and</em> phone for one reason. So an agreement on a shared line counts for nothing
 * either way ({@link Comparer}), and the rest of the evidence (name, address, company number)
 * decides. A line is shared when at least two records holding it (by local number, the last seven
 * digits) have names that are certainly different ({@link Comparer#namesMayBeAlike} is false: no
 * distinctive word in common and not alike as strings). Records without a name do not count: a
 * blank is unknown.
 *
 * <p><b>Businesses per address.</b> How common an address is, for the term-frequency adjustment, is
 * counted in businesses (groups of records whose names may be alike), not records: three agencies'
 * records of one business do not make its address a common one, while two clearly different
 * businesses at one address do.
 *
 * <p>Both come from the records being linked, never from a saved model's tables.
 */
public final class SharedValues {

    /** Named records of one line compared with each other, at most; a bigger group is rare. */
    static final int MAX_NAMED = 40;

    private SharedValues() {
    }

    /**
     * Marks every record whose phone line is shared by records of clearly different businesses.
     *
     * @param records prepared records; their {@code sharedLine} marks are set
     * @return number of shared lines found
     */
    public static int mark(List<PreparedRecord> records) {
        PreparedRecord[] withPhone = records.stream().filter(r -> r.phoneLocal != null)
                .toArray(PreparedRecord[]::new);
        Arrays.parallelSort(withPhone, Comparator.comparing((PreparedRecord r) -> r.phoneLocal));
        int lines = 0;
        int i = 0;
        while (i < withPhone.length) {
            String line = withPhone[i].phoneLocal;
            int j = i + 1;
            while (j < withPhone.length && withPhone[j].phoneLocal.equals(line)) {
                j++;
            }
            if (j - i > 1 && differentNames(withPhone, i, j)) {
                lines++;
                for (int k = i; k < j; k++) {
                    withPhone[k].sharedLine = true;
                }
            }
            i = j;
        }
        return lines;
    }

    private static boolean differentNames(PreparedRecord[] sorted, int from, int to) {
        PreparedRecord[] named = new PreparedRecord[Math.min(MAX_NAMED, to - from)];
        int c = 0;
        for (int k = from; k < to && c < named.length; k++) {
            if (sorted[k].record().name() != null) {
                named[c++] = sorted[k];
            }
        }
        for (int a = 0; a < c; a++) {
            for (int b = a + 1; b < c; b++) {
                if (!Comparer.namesMayBeAlike(named[a], named[b])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Per value of a field held by two or more records, the number of clearly different businesses
     * holding it: named records are grouped, a record joining the first group whose first name it
     * may be alike; records without a name join no group. Values with no named record are left
     * out.
     *
     * @param records prepared records
     * @param f field (address or phone)
     * @param tf the record counts
     * @return value to number of name groups
     */
    public static java.util.Map<String, Integer> businessCounts(List<PreparedRecord> records, Field f,
            TermFrequencies tf) {
        // Only values held by two or more records are in the tables; the rest count as seen once.
        Map<String, Integer> counted = tf.counts().get(f);
        java.util.Map<String, List<PreparedRecord>> byValue = new java.util.HashMap<>();
        for (PreparedRecord r : records) {
            String v = TermFrequencies.valueOf(f, r.record());
            if (v != null && r.record().name() != null && counted.containsKey(v)) {
                byValue.computeIfAbsent(v, k -> new java.util.ArrayList<>(2)).add(r);
            }
        }
        java.util.Map<String, Integer> out = new java.util.concurrent.ConcurrentHashMap<>();
        byValue.entrySet().parallelStream().forEach(e -> {
            String v = e.getKey();
            List<PreparedRecord> rs = e.getValue();
            List<PreparedRecord> heads = new java.util.ArrayList<>();
            for (PreparedRecord r : rs) {
                boolean joined = false;
                for (PreparedRecord h : heads) {
                    if (Comparer.namesMayBeAlike(h, r)) {
                        joined = true;
                        break;
                    }
                }
                if (!joined && heads.size() < MAX_NAMED) {
                    heads.add(r);
                }
            }
            out.put(v, heads.size());
        });
        // Values whose records are all nameless keep their record counts.
        return out;
    }
}
