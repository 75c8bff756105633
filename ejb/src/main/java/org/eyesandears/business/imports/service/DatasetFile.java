package org.eyesandears.business.imports.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eyesandears.linkage.csv.CsvFile;
import org.eyesandears.linkage.csv.CsvFile.UnreadableCsvException;

/**
 * Reads an agency's CSV file (RFC 4180, UTF-8, header row, quoted fields may span lines) with a
 * column mapping into rows ready to import, and the rows that cannot be used with their line
 * numbers: wrong number of fields, no id, no name, an id already used earlier in the file, or a
 * value longer than the register keeps, a date that cannot be read. Dates are kept as ISO
 * ({@code 2026-03-05}). Malformed quoting or text that is not UTF-8 stops the
 * read, with the line, because the rest of the file cannot be read reliably.
 */
public final class DatasetFile {

    /** Longest value kept per field (the columns of source_record). */
    static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("id", 100), Map.entry("name", 300),
            Map.entry("address", 500), Map.entry("town", 100), Map.entry("postcode", 20), Map.entry("phone", 40),
            Map.entry("company", 20), Map.entry("uprn", 20), Map.entry("contact", 200), Map.entry("businesstype", 100), Map.entry("type", 100),
            Map.entry("status", 100), Map.entry("rating", 40), Map.entry("date", 40));

    /** Dates as the agencies' exports write them: ISO (with or without a time), and day first. */
    private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.UK),
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK));

    /** A usable row: the first line it starts on, and the value of every mapped field. */
    public record Row(int line, Map<String, String> values) {
        public Row {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String get(String field) {
            return values.get(field);
        }
    }

    /** A row that could not be used. */
    public record Problem(int lineFrom, int lineTo, String message) {
        public String lines() {
            return lineFrom == lineTo ? "line " + lineFrom : "lines " + lineFrom + "-" + lineTo;
        }
    }

    /** What was read. */
    public record Read(List<String> header, List<Row> rows, List<Problem> problems) {
        public Read {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /** The file cannot be read at all (reported to the analyst as is). */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableFileException(String message) {
            super(message);
        }
    }

    private DatasetFile() {
    }

    /** Only the header row. */
    public static List<String> header(InputStream in) throws IOException, UnreadableFileException {
        return read(in, null, 0).header();
    }

    /**
     * Reads up to {@code maxRows} usable rows (0: all).
     *
     * @param mapping null to read the header only
     */
    public static Read read(InputStream in, ColumnMapping mapping, int maxRows)
            throws IOException, UnreadableFileException {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(in)) {
            List<String> header = csv.header();
            if (header.isEmpty()) {
                throw new UnreadableFileException("The file is empty: the first line must name the columns.");
            }
            if (mapping == null) {
                return new Read(header, List.of(), List.of());
            }
            List<String> unknown = mapping.unknownColumns(header);
            if (!unknown.isEmpty()) {
                throw new UnreadableFileException("The file has no column " + String.join(", ", unknown)
                        + "; its columns are " + String.join(", ", header) + ".");
            }
            Set<String> ids = new HashSet<>();
            for (CsvFile.Row record = csv.next(); record != null; record = csv.next()) {
                int from = record.firstLine();
                int to = record.lastLine();
                if (record.fields().size() != header.size()) {
                    problems.add(new Problem(from, to, record.fields().size() + " fields where the header has "
                            + header.size()));
                    continue;
                }
                Map<String, String> raw = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    raw.put(header.get(i), record.fields().get(i));
                }
                Map<String, String> values = new LinkedHashMap<>();
                String tooLong = null;
                for (String field : ColumnMapping.FIELDS) {
                    String v = mapping.value(field, raw);
                    if (v != null) {
                        if (v.length() > MAX_LENGTH.get(field)) {
                            tooLong = field;
                        }
                        values.put(field, v);
                    }
                }
                String date = values.get("date");
                if (date != null) {
                    java.time.LocalDate day = date(date);
                    if (day == null) {
                        problems.add(new Problem(from, to, "date \"" + abbreviate(date) + "\" not understood; write it"
                                + " as 2026-03-05 or 05/03/2026 (id " + abbreviate(String.valueOf(values.get("id"))) + ")"));
                        continue;
                    }
                    values.put("date", day.toString());
                }
                String id = values.get("id");
                if (id == null) {
                    problems.add(new Problem(from, to, "no id"));
                } else if (values.get("name") == null) {
                    problems.add(new Problem(from, to, "no name (id " + id + ")"));
                } else if (tooLong != null) {
                    problems.add(new Problem(from, to, tooLong + " longer than " + MAX_LENGTH.get(tooLong)
                            + " characters (id " + abbreviate(id) + ")"));
                } else if (!ids.add(id)) {
                    problems.add(new Problem(from, to, "id " + id + " already used earlier in this file"));
                } else {
                    rows.add(new Row(from, values));
                    if (maxRows > 0 && rows.size() >= maxRows) {
                        break;
                    }
                }
            }
            return new Read(header, rows, problems);
        } catch (UnreadableCsvException e) {
            throw new UnreadableFileException(switch (e.problem()) {
                case HEADER -> "The header row cannot be read: " + e.getMessage();
                case NOT_UTF8 -> "Line " + e.line()
                        + ": not UTF-8 text. Save the file as UTF-8 (CSV UTF-8) and upload it again.";
                case MALFORMED -> "Line " + e.line() + ": malformed CSV (" + e.getMessage() + "). Nothing was"
                        + " imported; fix the quoting and upload the file again.";
            });
        }
    }

    /** The day a date in a file names, or null when it cannot be read. */
    static java.time.LocalDate date(String text) {
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            try {
                return java.time.LocalDate.parse(t.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        for (java.time.format.DateTimeFormatter f : DATES) {
            try {
                return java.time.LocalDate.parse(t, f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (java.time.format.DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
