package org.eyesandears.linkage.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --map} option: which CSV column(s) feed each record field, written
 * {@code id=COL,name=COL,address=COL1+COL2,...}. Several columns joined with "+" are read as one
 * value separated by ", " (useful for address lines 1-4).
 */
final class ColumnMap {

    /** Record fields a column may be mapped to. */
    enum Target { ID, NAME, ADDRESS, TOWN, POSTCODE, PHONE, COMPANY, UPRN, CONTACT }

    private final Map<Target, List<String>> columns;

    private ColumnMap(Map<Target, List<String>> columns) {
        this.columns = columns;
    }

    static ColumnMap parse(String spec) throws UsageException {
        Map<Target, List<String>> out = new EnumMap<>(Target.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new UsageException("bad --map entry '" + part + "': expected field=COLUMN");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Target t;
            try {
                t = Target.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("unknown field '" + key + "' in --map; known fields: "
                        + "id, name, address, town, postcode, phone, company, uprn, contact");
            }
            if (out.containsKey(t)) {
                throw new UsageException("field '" + key + "' mapped twice in --map");
            }
            List<String> cols = new ArrayList<>();
            for (String c : part.substring(eq + 1).split("\\+")) {
                cols.add(c.strip());
            }
            out.put(t, cols);
        }
        if (!out.containsKey(Target.ID) || !out.containsKey(Target.NAME)) {
            throw new UsageException("--map must give at least id=COLUMN and name=COLUMN");
        }
        return new ColumnMap(out);
    }

    /**
     * Resolves column names against a header.
     *
     * @return per target, the column indexes
     */
    Map<Target, int[]> resolve(List<String> header, String file) throws UsageException {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
        Map<Target, int[]> out = new EnumMap<>(Target.class);
        for (Map.Entry<Target, List<String>> e : columns.entrySet()) {
            int[] idx = new int[e.getValue().size()];
            for (int k = 0; k < idx.length; k++) {
                Integer i = index.get(e.getValue().get(k));
                if (i == null) {
                    throw new UsageException("column '" + e.getValue().get(k) + "' (for "
                            + e.getKey().name().toLowerCase(Locale.ROOT) + ") not found in "
                            + file + "; its columns are: " + String.join(", ", index.keySet()));
                }
                idx[k] = i;
            }
            out.put(e.getKey(), idx);
        }
        return out;
    }
}
