package org.eyesandears.linkage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.cli.ColumnMap.Target;

/**
 * Reads one input CSV file (RFC 4180, UTF-8, header row; quoted fields may span lines) into
 * records. Rows that cannot be used are reported on stderr with their line numbers and skipped.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** Result of reading one file. */
    record Read(List<LinkRecord> records, int badRows) {
    }

    static Read read(Path file, String source, ColumnMap map, PrintStream err)
            throws UsageException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("input file not found: " + file);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<LinkRecord> out = new ArrayList<>();
        int bad = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser parser;
            try {
                parser = format.parse(reader);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                throw new UsageException("cannot read the header row of " + file + ": " + e.getMessage());
            }
            List<String> header = parser.getHeaderNames();
            Map<Target, int[]> cols = map.resolve(header, file.toString());
            Set<String> ids = new HashSet<>();
            long lastLine = 1;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    row = it.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw new UsageException(file + " near line " + (lastLine + 1)
                                + ": not valid UTF-8 text; save the file as UTF-8 and try again");
                    }
                    throw new UsageException(file + " line " + parser.getCurrentLineNumber()
                            + ": malformed CSV (" + rootMessage(e) + "); the rest of the file cannot be"
                            + " read reliably, so nothing was linked. Fix the quoting and try again");
                }
                long end = parser.getCurrentLineNumber();
                String where = end > lastLine + 1 ? "lines " + (lastLine + 1) + "-" + end : "line " + end;
                lastLine = end;
                if (row.size() != header.size()) {
                    err.printf("%s %s: skipped, %d fields where the header has %d%n", file, where,
                            row.size(), header.size());
                    bad++;
                    continue;
                }
                String id = value(row, cols.get(Target.ID));
                String name = value(row, cols.get(Target.NAME));
                if (id == null) {
                    err.printf("%s %s: skipped, no id%n", file, where);
                    bad++;
                    continue;
                }
                if (name == null) {
                    err.printf("%s %s: skipped, no name (id %s)%n", file, where, id);
                    bad++;
                    continue;
                }
                if (!ids.add(id)) {
                    err.printf("%s %s: skipped, id %s already used earlier in this file%n", file, where,
                            id);
                    bad++;
                    continue;
                }
                out.add(new LinkRecord(source, id, name, value(row, cols.get(Target.ADDRESS)),
                        value(row, cols.get(Target.TOWN)), value(row, cols.get(Target.POSTCODE)),
                        value(row, cols.get(Target.PHONE)), value(row, cols.get(Target.COMPANY)),
                        value(row, cols.get(Target.UPRN)), value(row, cols.get(Target.CONTACT))));
            }
        } catch (NoSuchFileException e) {
            throw new UsageException("input file not found: " + file);
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not valid UTF-8 text");
        }
        return new Read(out, bad);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String value(CSVRecord row, int[] cols) {
        if (cols == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int c : cols) {
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
