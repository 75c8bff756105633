package org.eyesandears.business.imports.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which columns of an agency's CSV file hold which register field, saved per dataset as text
 * ({@code id=FHRSID,name=BusinessName,address=AddressLine1+AddressLine2,postcode=PostCode}).
 * {@code id} and {@code name} are required; several columns joined by {@code +} are read as one
 * value, separated by ", ".
 */
public record ColumnMapping(Map<String, List<String>> columns) {

    /** The register fields, in the order pages show them. */
    public static final List<String> FIELDS = List.of("id", "name", "address", "town", "postcode", "phone",
            "company", "uprn", "contact");
    static final List<String> REQUIRED = List.of("id", "name");

    public ColumnMapping {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> cols = columns.get(field);
            if (cols != null && !cols.isEmpty()) {
                copy.put(field, List.copyOf(cols));
            }
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses the saved form.
     *
     * @throws IllegalArgumentException with a message for the analyst
     */
    public static ColumnMapping parse(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("\"" + part.trim() + "\" is not field=column");
                }
                String field = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("unknown field \"" + field + "\"; fields are " + FIELDS);
                }
                List<String> cols = new ArrayList<>();
                for (String c : part.substring(eq + 1).split("\\+")) {
                    if (!c.isBlank()) {
                        cols.add(c.trim());
                    }
                }
                out.put(field, cols);
            }
        }
        return new ColumnMapping(out);
    }

    /** Fields that must be mapped but are not. */
    public List<String> missingRequired() {
        return REQUIRED.stream().filter(f -> !columns.containsKey(f)).toList();
    }

    /** Mapped columns that the given header does not have. */
    public List<String> unknownColumns(List<String> header) {
        return columns.values().stream().flatMap(List::stream).filter(c -> !header.contains(c)).distinct().toList();
    }

    /** The saved form; parse(format()) gives an equal mapping. */
    public String format() {
        return columns.entrySet().stream().map(e -> e.getKey() + "=" + String.join("+", e.getValue()))
                .collect(Collectors.joining(","));
    }

    /** The value of a field in a row (column name to value), or null when blank or unmapped. */
    public String value(String field, Map<String, String> row) {
        List<String> cols = columns.get(field);
        if (cols == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String c : cols) {
            String v = row.get(c);
            if (v != null && !v.isBlank()) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(v.strip());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
