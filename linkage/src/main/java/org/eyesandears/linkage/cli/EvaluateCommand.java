package org.eyesandears.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code evaluate}: pairwise precision, recall and F1 of a clustering against known truth. A pair
 * of records is predicted when both are in one output cluster and true when both carry the same
 * truth value; records missing from either file are left out.
 */
final class EvaluateCommand {

    private EvaluateCommand() {
    }

    /**
     * Pairwise counts and scores.
     *
     * @param records records present in both files
     * @param predictedPairs pairs in the same output cluster
     * @param truePairs pairs with the same truth value
     * @param correctPairs pairs that are both
     */
    record Scores(long records, long predictedPairs, long truePairs, long correctPairs) {
        double precision() {
            return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Path clusters = null;
        Path truth = null;
        String idCol = null;
        String truthCol = null;
        String source = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--clusters" -> clusters = Path.of(LinkageCli.value(args, i++, a));
                case "--truth" -> truth = Path.of(LinkageCli.value(args, i++, a));
                case "--id-column" -> idCol = LinkageCli.value(args, i++, a);
                case "--truth-column" -> truthCol = LinkageCli.value(args, i++, a);
                case "--source" -> source = LinkageCli.value(args, i++, a);
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        if (clusters == null || truth == null || idCol == null || truthCol == null) {
            throw new UsageException("evaluate needs --clusters, --truth, --id-column and --truth-column");
        }
        Map<String, String> predicted = readColumn(clusters, "id", "cluster", source);
        Map<String, String> actual = readColumn(truth, idCol, truthCol, null);
        Scores s = score(predicted, actual);
        out.printf(Locale.ROOT, "records=%d predicted_pairs=%d true_pairs=%d correct_pairs=%d "
                        + "precision=%.4f recall=%.4f f1=%.4f%n", s.records(), s.predictedPairs(),
                s.truePairs(), s.correctPairs(), s.precision(), s.recall(), s.f1());
        return 0;
    }

    static Scores score(Map<String, String> predicted, Map<String, String> actual) {
        Map<String, Long> predSizes = new HashMap<>();
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        long n = 0;
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String t = actual.get(e.getKey());
            if (t == null) {
                continue;
            }
            n++;
            predSizes.merge(e.getValue(), 1L, Long::sum);
            trueSizes.merge(t, 1L, Long::sum);
            both.merge(e.getValue() + "\u0000" + t, 1L, Long::sum);
        }
        return new Scores(n, pairs(predSizes), pairs(trueSizes), pairs(both));
    }

    private static long pairs(Map<String, Long> sizes) {
        long p = 0;
        for (long s : sizes.values()) {
            p += s * (s - 1) / 2;
        }
        return p;
    }

    private static Map<String, String> readColumn(Path file, String keyCol, String valueCol,
            String source) throws UsageException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("file not found: " + file);
        }
        Map<String, String> out = new HashMap<>();
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = f.parse(r)) {
            List<String> header = p.getHeaderNames();
            for (String c : new String[] {keyCol, valueCol}) {
                if (!header.contains(c)) {
                    throw new UsageException("column '" + c + "' not found in " + file);
                }
            }
            boolean bySource = source != null && header.contains("source");
            for (CSVRecord row : p) {
                if (bySource && !source.equals(row.get("source"))) {
                    continue;
                }
                String v = row.get(valueCol);
                if (v != null && !v.isBlank()) {
                    out.put(row.get(keyCol), v.strip());
                }
            }
        }
        return out;
    }
}
