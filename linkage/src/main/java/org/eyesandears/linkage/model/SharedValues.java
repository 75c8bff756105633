package org.eyesandears.linkage.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p><b>Towns of one place.</b> Two town names that records give with one postcode area
 * ("Headingley" and "Leeds" under LS6) are a district and its town ({@link #relateTowns}).
 *
 * <p>All come from the records being linked, never from a saved model's tables.
 */
public final class SharedValues {

    /** Named records of one line compared with each other, at most; a bigger group is rare. */
    static final int MAX_NAMED = 40;
    /** Records that must give a town with a postcode area for the area to count as the town's. */
    static final int TOWN_AREA_SUPPORT = 2;

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
    public static Map<String, Integer> businessCounts(List<PreparedRecord> records, Field f,
            TermFrequencies tf) {
        // Only values held by two or more records are in the tables; the rest count as seen once.
        Map<String, Integer> counted = tf.counts().get(f);
        Map<String, List<PreparedRecord>> byValue = new HashMap<>();
        for (PreparedRecord r : records) {
            String v = TermFrequencies.valueOf(f, r.record());
            if (v != null && r.record().name() != null && counted.containsKey(v)) {
                byValue.computeIfAbsent(v, k -> new ArrayList<>(2)).add(r);
            }
        }
        Map<String, Integer> out = new ConcurrentHashMap<>();
        byValue.entrySet().parallelStream().forEach(e -> {
            String v = e.getKey();
            List<PreparedRecord> rs = e.getValue();
            List<PreparedRecord> heads = new ArrayList<>();
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

    /**
     * Records for each record the postcode areas ({@link Comparer#area}) that records naming its
     * town give, so that two town names seen in one area compare as similar ("Headingley" and
     * "Leeds" under LS6; "Studio City" and "Los Angeles" under 91604). An area counts for a town
     * when at least {@link #TOWN_AREA_SUPPORT} records give both, so that one mistyped postcode
     * does not join two places.
     *
     * @param records prepared records; their town areas are set
     * @return the areas of each town (town to interned areas), for scoring new records
     */
    public static Map<String, String[]> relateTowns(List<PreparedRecord> records) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (PreparedRecord r : records) {
            String town = r.record().town();
            String area = Comparer.area(r.record().postcode());
            if (town != null && area != null) {
                seen.computeIfAbsent(town, k -> new HashMap<>(4)).merge(area, 1, Integer::sum);
            }
        }
        Map<String, String[]> areas = new HashMap<>();
        seen.forEach((town, counts) -> {
            String[] a = counts.entrySet().stream().filter(e -> e.getValue() >= TOWN_AREA_SUPPORT)
                    .map(e -> e.getKey().intern()).toArray(String[]::new);
            if (a.length > 0) {
                areas.put(town, a);
            }
        });
        for (PreparedRecord r : records) {
            placeTown(r, areas);
        }
        return areas;
    }

    /**
     * Gives a record the areas of its town.
     *
     * @param r prepared record
     * @param areas from {@link #relateTowns}
     */
    private static void placeTown(PreparedRecord r, Map<String, String[]> areas) {
        String town = r.record().town();
        if (town != null) {
            r.townAreas = areas.getOrDefault(town, r.townAreas);
        }
    }

    /**
     * The share of addresses known to hold a named business that hold two or more clearly
     * different ones: the chance that a record without a name, at an address where only one named
     * business is known, is another occupant rather than that business ({@link LinkageModel}).
     *
     * @param records prepared records
     * @param businesses {@link #businessCounts} of the address field
     * @param tf the record counts the business counts were made from
     * @return share in [0, 1]; 1 when no record has both a name and an address
     */
    public static double coLocatedShare(List<PreparedRecord> records, Map<String, Integer> businesses,
            TermFrequencies tf) {
        Map<String, Integer> counted = tf.counts().get(Field.ADDRESS);
        // Addresses held by one record are not in the tables: each named one is an address too.
        long addresses = businesses.size();
        for (PreparedRecord r : records) {
            String v = TermFrequencies.valueOf(Field.ADDRESS, r.record());
            if (v != null && r.record().name() != null && !counted.containsKey(v)) {
                addresses++;
            }
        }
        long shared = businesses.values().stream().filter(c -> c >= 2).count();
        return addresses == 0 ? 1 : (double) shared / addresses;
    }

    /**
     * The shared values of a register that new records are scored against one at a time (the
     * application's {@code RegisterMatcher}), so that a new record is weighed as it would be in a
     * batch run over the register and itself: its phone line is shared when the register's line is
     * or when a named register record on it is clearly a different business; the register's
     * address table is counted in businesses; and an address gains a business when a named new
     * record is clearly none of the businesses the register holds there.
     */
    public static final class Register {

        private final Map<String, List<PreparedRecord>> namedByLine = new HashMap<>();
        private final Set<String> sharedLines = new HashSet<>();
        private final Map<String, List<PreparedRecord>> businessesByAddress = new HashMap<>();
        private final TermFrequencies tables;
        private final Map<String, String[]> townAreas;
        private final Map<String, Integer> recordsByAddress = new HashMap<>();

        /**
         * Marks the register's shared lines, counts its addresses in businesses and relates its
         * town names.
         *
         * @param register prepared register records; their shared-line marks are set
         * @param modelTables the frequency tables of the model in use; the address table is
         *     replaced by the register's own (in businesses), on the model's scale (its totals), so
         *     an address that one business holds weighs as the model's "seen once" and one that
         *     two clearly different businesses hold one bit less
         */
        public Register(List<PreparedRecord> register, TermFrequencies modelTables) {
            SharedValues.mark(register);
            townAreas = relateTowns(register);
            Map<String, Integer> records = recordsByAddress;
            for (PreparedRecord r : register) {
                if (r.sharedLine) {
                    sharedLines.add(r.phoneLocal);
                }
                if (r.phoneLocal != null && r.record().name() != null) {
                    List<PreparedRecord> named = namedByLine.computeIfAbsent(r.phoneLocal,
                            k -> new ArrayList<>(1));
                    if (named.size() < MAX_NAMED) {
                        named.add(r);
                    }
                }
                String address = TermFrequencies.valueOf(Field.ADDRESS, r.record());
                if (address != null) {
                    records.merge(address, 1, Integer::sum);
                    if (r.record().name() != null) {
                        List<PreparedRecord> heads = businessesByAddress.computeIfAbsent(address,
                                k -> new ArrayList<>(1));
                        if (heads.size() < MAX_NAMED && heads.stream().noneMatch(h -> Comparer.namesMayBeAlike(h, r))) {
                            heads.add(r);
                        }
                    }
                }
            }
            Map<String, Integer> counts = new HashMap<>();
            records.forEach((address, n) -> {
                List<PreparedRecord> heads = businessesByAddress.get(address);
                // As in a batch: in businesses where a name says which; records without a name
                // only keep their record count.
                int c = heads == null ? n : heads.size();
                if (c > 1) {
                    counts.put(address, c);
                }
            });
            tables = modelTables.withCounts(Field.ADDRESS, counts);
        }

        /** @return the model's tables with the register's address table, in businesses */
        public TermFrequencies tables() {
            return tables;
        }

        /**
         * Marks a new record as a batch run over the register and it would: its phone line shared
         * when the register's line is shared or a named register record on it is clearly a
         * different business, and its town with the postcode areas the register gives it.
         *
         * @param probe the new record, prepared with the same model
         */
        public void mark(PreparedRecord probe) {
            placeTown(probe, townAreas);
            if (probe.phoneLocal == null) {
                return;
            }
            boolean shared = sharedLines.contains(probe.phoneLocal);
            if (!shared && probe.record().name() != null) {
                for (PreparedRecord r : namedByLine.getOrDefault(probe.phoneLocal, List.of())) {
                    if (!Comparer.namesMayBeAlike(probe, r)) {
                        shared = true;
                        break;
                    }
                }
            }
            probe.sharedLine = shared;
        }

        /**
         * How common a new record's address is once the record is counted too, as a batch run over
         * the register and it would count it: one business more when it is a named business the
         * register does not hold there (clearly none of its named records); one record more when it
         * has no name and the register names nobody there (such an address keeps its record count).
         *
         * @param probe the new record
         * @return the count with the new record, or 0 when the register's table already says it
         */
        public int businessesWith(PreparedRecord probe) {
            String address = TermFrequencies.valueOf(Field.ADDRESS, probe.record());
            if (address == null) {
                return 0;
            }
            List<PreparedRecord> heads = businessesByAddress.get(address);
            if (probe.record().name() == null) {
                int records = recordsByAddress.getOrDefault(address, 0);
                return heads == null && records > 0 ? records + 1 : 0;
            }
            if (heads == null || heads.isEmpty()) {
                return 0;
            }
            for (PreparedRecord h : heads) {
                if (Comparer.namesMayBeAlike(h, probe)) {
                    return 0;
                }
            }
            return heads.size() + 1;
        }
    }
}
