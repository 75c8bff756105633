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
 * value, separated by ", ". Besides the identity fields, a row can carry what the agency recorded about
 * the premises: {@code type} (the kind of record), {@code status}, {@code rating} (on the agency's own
 * scale) and {@code date} (of the inspection, notice or other event); see ADR 0032. {@code businesstype}
 * is the kind of business in the agency's words ("Takeaway/sandwich shop"), read into the register's
 * type where it fits one (ADR 0032).
 */
public record ColumnMapping(Map<String, List<String>> columns) {

    /** The register fields, in the order pages show them. */
    public static final List<String> FIELDS = List.of("id", "name", "address", "town", "postcode", "phone",
            "company", "uprn", "contact", "businesstype", "type", "status", "rating", "date");
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

    /**
     * Headers the agencies' exports commonly use for each field, compared without case, spaces or
     * punctuation ("Inspection date" is "inspectiondate"). FHRS's "BusinessType" is the kind of
     * business, not of record, so it is not offered for {@code type}.
     */
    static final Map<String, List<String>> COMMON_HEADERS = commonHeaders();

    private static Map<String, List<String>> commonHeaders() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("id", List.of("fhrsid", "ref", "reference", "id", "urn", "premisesref", "premisesreference",
                "licencenumber", "licenceno", "referencenumber"));
        m.put("name", List.of("businessname", "name", "premises", "premisesname", "tradingname"));
        m.put("address", List.of("addressline1", "address", "address1", "addressline2", "address2", "addressline3",
                "address3"));
        m.put("town", List.of("town", "city", "posttown"));
        m.put("postcode", List.of("postcode", "postalcode"));
        m.put("phone", List.of("phone", "tel", "telephone", "phonenumber"));
        m.put("company", List.of("companynumber", "companyno", "crn"));
        m.put("uprn", List.of("uprn"));
        m.put("contact", List.of("contact", "contactname"));
        m.put("businesstype", List.of("businesstype", "typeofbusiness", "premisestype", "businesscategory",
                "category"));
        m.put("type", List.of("recordtype", "type", "inspectiontype", "eventtype", "actiontype", "noticetype"));
        m.put("status", List.of("status", "inspectionstatus", "outcome", "result", "inspectionresult",
                "licencestatus"));
        m.put("rating", List.of("rating", "ratingvalue", "hygienerating", "score", "riskrating"));
        m.put("date", List.of("inspectiondate", "ratingdate", "eventdate", "date", "lastinspection",
                "lastinspectiondate", "noticedate", "issuedate"));
        return Collections.unmodifiableMap(m);
    }

    /**
     * A first mapping for a file whose dataset has none saved, from its header's common names
     * (the analyst checks and changes it on the import page). The address takes every address
     * column found, in the header's order; every other field the first of its names found.
     */
    public static ColumnMapping suggest(List<String> header) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Map.Entry<String, List<String>> e : COMMON_HEADERS.entrySet()) {
            List<String> found = new ArrayList<>();
            for (String name : e.getValue()) {
                for (String column : header) {
                    if (!taken.contains(column) && normal(column).equals(name)) {
                        found.add(column);
                        taken.add(column);
                    }
                }
                if (!found.isEmpty() && !e.getKey().equals("address")) {
                    break;
                }
            }
            if (!found.isEmpty()) {
                out.put(e.getKey(), e.getKey().equals("address") ? header.stream().filter(found::contains).toList()
                        : found.subList(0, 1));
            }
        }
        return new ColumnMapping(out);
    }

    private static String normal(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
