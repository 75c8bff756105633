package org.eyesandears.linkage.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An agency's CSV file as both the linkage command and the application's dataset import read it:
 * RFC 4180, UTF-8 (a byte order mark is skipped), a header row naming the columns, quoted fields
 * that may span lines, blank lines skipped. Each row comes with the lines it spans, so callers can
 * tell users where a problem is. Text that is not UTF-8 and malformed quoting stop the read at the
 * row where they are, because the rest of the file cannot be read reliably.
 */
public final class CsvFile implements Closeable {

    /** One row: the lines it spans and its fields (as many as the file has, checked by the caller). */
    public record Row(int firstLine, int lastLine, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** "line 4" or "lines 4-6". */
        public String lines() {
            return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        }
    }

    /** Why the file cannot be read on. */
    public enum Problem {
        /** The header row cannot be parsed, is empty or names a column twice. */
        HEADER,
        /** The bytes are not UTF-8 text. */
        NOT_UTF8,
        /** A quoted field is not closed properly. */
        MALFORMED
    }

    /** The file cannot be read (on); {@link #line()} is where, as near as the parser can tell. */
    public static final class UnreadableCsvException extends Exception {
        private static final long serialVersionUID = 1L;

        private final Problem problem;
        private final long line;

        UnreadableCsvException(Problem problem, long line, String detail) {
            super(detail);
            this.problem = problem;
            this.line = line;
        }

        public Problem problem() {
            return problem;
        }

        public long line() {
            return line;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    private final BufferedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvFile(BufferedReader reader, CSVParser parser) {
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
        this.header = parser.getHeaderNames().stream().map(String::strip).toList();
    }

    /** Opens the stream and reads its header row; the stream is closed with this file. */
    public static CsvFile open(InputStream in) throws IOException, UnreadableCsvException {
        // Bytes that are not UTF-8 decode to U+FFFD, so the row that holds them can be named.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CsvFile file = new CsvFile(reader, FORMAT.parse(reader));
            if (file.header.stream().anyMatch(CsvFile::notUtf8)) {
                throw new UnreadableCsvException(Problem.NOT_UTF8, 1, "not UTF-8 text");
            }
            return file;
        } catch (CSVException | IllegalArgumentException | UnreadableCsvException e) {
            reader.close();
            throw e instanceof UnreadableCsvException u ? u
                    : new UnreadableCsvException(Problem.HEADER, 1, e.getMessage());
        }
    }

    /** The column names, stripped of surrounding blanks; empty for an empty file. */
    public List<String> header() {
        return header;
    }

    /** The next row, or null after the last. */
    public Row next() throws UnreadableCsvException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw new UnreadableCsvException(Problem.MALFORMED, parser.getCurrentLineNumber(), rootMessage(e));
        }
        List<String> fields = record.toList();
        int last = (int) parser.getCurrentLineNumber();
        // Line breaks occur only inside quoted fields, so they tell where the row began.
        Row row = new Row(last - (int) fields.stream().mapToLong(CsvFile::lineBreaks).sum(), last, fields);
        if (fields.stream().anyMatch(CsvFile::notUtf8)) {
            throw new UnreadableCsvException(Problem.NOT_UTF8, row.firstLine(), "not UTF-8 text");
        }
        return row;
    }

    private static boolean notUtf8(String text) {
        return text.indexOf('\uFFFD') >= 0;
    }

    private static long lineBreaks(String text) {
        return text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
