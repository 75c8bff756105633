package org.eyesandears.linkage.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds shared phone lines: a phone number that records of clearly different businesses give (a
 * hotel's switchboard for its restaurants, an organisation's main number for its sites, a parade's
 * landlord). Two records giving such a number are at the same switchboard, not necessarily the same
 * business, and the fields are then not independent: co-located businesses agree on address
 * <em>and</em> phone for one reason. So an agreement on a shared line counts for nothing either way
 * ({@link Comparer}), and the rest of the evidence (name, address, company number) decides.
 *
 * <p>A line is shared when at least two records holding it (by local number, the last seven
 * digits) have names that are certainly different ({@link Comparer#namesMayBeAlike} is false: no
 * distinctive word in common and not alike as strings). Records without a name do not count: a
 * blank is unknown. The marks come from the records being linked (or the register being matched
 * against), never from a saved model.
 */
public final class SharedLines {

    /** Named records of one line compared with each other, at most; a bigger group is rare. */
    static final int MAX_NAMED = 40;

    private SharedLines() {
    }

    /**
     * Marks every record whose phone line is shared by records of clearly different businesses.
     *
     * @param records prepared records; their {@code sharedLine} marks are set
     * @return number of shared lines found
     */
    public static int mark(List<PreparedRecord> records) {
        int n = records.size();
        Integer[] order = IntStream.range(0, n).filter(i -> records.get(i).phoneLocal != null)
                .boxed().toArray(Integer[]::new);
        Arrays.parallelSort(order, Comparator.comparing(i -> records.get(i).phoneLocal));
        int lines = 0;
        int i = 0;
        while (i < order.length) {
            String line = records.get(order[i]).phoneLocal;
            int j = i + 1;
            while (j < order.length && records.get(order[j]).phoneLocal.equals(line)) {
                j++;
            }
            if (j - i > 1 && differentNames(records, order, i, j)) {
                lines++;
                for (int k = i; k < j; k++) {
                    records.get(order[k]).sharedLine = true;
                }
            }
            i = j;
        }
        return lines;
    }

    private static boolean differentNames(List<PreparedRecord> records, Integer[] order, int from, int to) {
        PreparedRecord[] named = new PreparedRecord[Math.min(MAX_NAMED, to - from)];
        int c = 0;
        for (int k = from; k < to && c < named.length; k++) {
            PreparedRecord r = records.get(order[k]);
            if (r.record().name() != null) {
                named[c++] = r;
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
}
