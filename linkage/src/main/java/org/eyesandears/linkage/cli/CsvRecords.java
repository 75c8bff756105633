package org.eyesandears.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eyesandears.linkage.LinkRecord;
import org.eyesandears.linkage.normalise.NormalisedRecord;
import org.eyesandears.linkage.normalise.RecordNormaliser;
import org.eyesandears.linkage.cli.ColumnMap.Target;
import org.eyesandears.linkage.csv.CsvFile;
import org.eyesandears.linkage.csv.CsvFile.UnreadableCsvException;

/**
 * Reads one input CSV file (RFC 4180, UTF-8, header row; quoted fields may span lines) into
 * records. Rows that cannot be used are reported on stderr with their line numbers and skipped.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /** Result of reading one file: the records already normalised, the raw text let go. */
    record Read(List<NormalisedRecord> records, int badRows) {
    }

    /** Rows normalised together, in parallel, before their raw text is dropped. */
    private static final int BATCH = 10_000;

    private static void flush(List<LinkRecord> batch, List<NormalisedRecord> out) {
        out.addAll(batch.parallelStream().map(RecordNormaliser::normalise).toList());
        batch.clear();
    }

    static Read read(Path file, String source, ColumnMap map, PrintStream err)
            throws UsageException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("input file not found: " + file);
        }
        List<NormalisedRecord> out = new ArrayList<>();
        List<LinkRecord> batch = new ArrayList<>(BATCH);
        int bad = 0;
        try (CsvFile csv = CsvFile.open(Files.newInputStream(file))) {
            List<String> header = csv.header();
            Map<Target, int[]> cols = map.resolve(header, file.toString());
            Set<String> ids = new HashSet<>();
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                String where = row.lines();
                if (row.fields().size() != header.size()) {
                    err.printf("%s %s: skipped, %d fields where the header has %d%n", file, where,
                            row.fields().size(), header.size());
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
                if (!ids.add(id)) {
                    err.printf("%s %s: skipped, id %s already used earlier in this file%n", file, where,
                            id);
                    bad++;
                    continue;
                }
                if (batch.size() == BATCH) {
                    flush(batch, out);
                }
                batch.add(new LinkRecord(source, id, name, value(row, cols.get(Target.ADDRESS)),
                        value(row, cols.get(Target.TOWN)), value(row, cols.get(Target.POSTCODE)),
                        value(row, cols.get(Target.PHONE)), value(row, cols.get(Target.COMPANY)),
                        value(row, cols.get(Target.UPRN)), value(row, cols.get(Target.CONTACT))));
            }
            flush(batch, out);
        } catch (NoSuchFileException e) {
            throw new UsageException("input file not found: " + file);
        } catch (UnreadableCsvException e) {
            throw new UsageException(switch (e.problem()) {
                case HEADER -> "cannot read the header row of " + file + ": " + e.getMessage();
                case NOT_UTF8 -> file + " line " + e.line() + ": not valid UTF-8 text; save the file as UTF-8"
                        + " and try again";
                case MALFORMED -> file + " line " + e.line() + ": malformed CSV (" + e.getMessage() + "); the rest"
                        + " of the file cannot be read reliably, so nothing was linked. Fix the quoting and try again";
            });
        }
        return new Read(out, bad);
    }

    private static String value(CsvFile.Row row, int[] cols) {
        if (cols == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int c : cols) {
            String v = row.fields().get(c);
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
