package org.eyesandears.linkage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eyesandears.linkage.LinkageEngine;
import org.eyesandears.linkage.LinkageResult;
import org.eyesandears.linkage.explain.Explanation;
import org.eyesandears.linkage.model.LinkageModel;
import org.eyesandears.linkage.normalise.NormalisedRecord;

/** {@code link}: read inputs, link, write pairs / clusters / explanations. */
final class LinkCommand {

    private LinkCommand() {
    }

    private static final class Input {
        Path file;
        String source;
        String map;
    }

    static int run(List<String> args, PrintStream err) throws UsageException, IOException {
        long start = System.nanoTime();
        List<Input> inputs = new ArrayList<>();
        Path out = null;
        Path clusters = null;
        Path explain = null;
        Path modelOut = null;
        Path modelIn = null;
        double threshold = LinkageEngine.DEFAULT_THRESHOLD;
        boolean dedupe = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--input" -> {
                    Input in = new Input();
                    in.file = Path.of(LinkageCli.value(args, i++, a));
                    inputs.add(in);
                }
                case "--source", "--map" -> {
                    if (inputs.isEmpty()) {
                        throw new UsageException(a + " must follow the --input it describes");
                    }
                    Input in = inputs.get(inputs.size() - 1);
                    String v = LinkageCli.value(args, i++, a);
                    if (a.equals("--source")) {
                        if (in.source != null) {
                            throw new UsageException("two --source options for input " + in.file);
                        }
                        in.source = v;
                    } else {
                        if (in.map != null) {
                            throw new UsageException("two --map options for input " + in.file);
                        }
                        in.map = v;
                    }
                }
                case "--out" -> out = Path.of(LinkageCli.value(args, i++, a));
                case "--clusters" -> clusters = Path.of(LinkageCli.value(args, i++, a));
                case "--explain" -> explain = Path.of(LinkageCli.value(args, i++, a));
                case "--model-out" -> modelOut = Path.of(LinkageCli.value(args, i++, a));
                case "--model" -> modelIn = Path.of(LinkageCli.value(args, i++, a));
                case "--threshold" -> {
                    String v = LinkageCli.value(args, i++, a);
                    try {
                        threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--threshold must be a probability, got '" + v + "'");
                    }
                    if (!(threshold > 0 && threshold < 1)) {
                        throw new UsageException("--threshold must be between 0 and 1 (exclusive)");
                    }
                }
                case "--dedupe" -> dedupe = true;
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("link needs at least one --input");
        }
        if (out == null) {
            throw new UsageException("link needs --out FILE for the pairs");
        }
        List<String> sourceNames = new ArrayList<>();
        for (Input in : inputs) {
            if (in.map == null) {
                throw new UsageException("no --map given for input " + in.file);
            }
            if (in.source == null) {
                String f = in.file.getFileName().toString();
                in.source = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : f;
            }
            if (sourceNames.contains(in.source)) {
                throw new UsageException("source name '" + in.source + "' used for two inputs");
            }
            sourceNames.add(in.source);
        }
        if (inputs.size() == 1 && !dedupe) {
            err.println("note: a single input can only be de-duplicated; linking within it (--dedupe)");
            dedupe = true;
        }
        LinkageModel fitted = null;
        if (modelIn != null) {
            if (!Files.isRegularFile(modelIn)) {
                throw new UsageException("model file not found: " + modelIn);
            }
            try {
                fitted = LinkageModel.load(modelIn);
            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                throw new UsageException(modelIn + " is not a saved linkage model: " + e.getMessage());
            }
        }
        List<NormalisedRecord> records = new ArrayList<>();
        Map<String, Integer> perSource = new LinkedHashMap<>();
        int badRows = 0;
        for (Input in : inputs) {
            ColumnMap map = ColumnMap.parse(in.map);
            long t = System.nanoTime();
            CsvRecords.Read read = CsvRecords.read(in.file, in.source, map, err);
            records.addAll(read.records());
            perSource.put(in.source, read.records().size());
            badRows += read.badRows();
            err.printf(Locale.ROOT, "read %,d records from %s (source %s)%s in %.1f s%n",
                    read.records().size(), in.file, in.source,
                    read.badRows() > 0 ? ", " + read.badRows() + " bad rows skipped" : "",
                    (System.nanoTime() - t) / 1e9);
        }
        if (records.size() < 2) {
            throw new UsageException("fewer than two usable records: nothing to link");
        }
        LinkageEngine engine = new LinkageEngine(
                LinkageEngine.Options.defaults(dedupe).withThreshold(threshold), err::println);
        LinkageResult result = engine.linkNormalised(records, fitted);

        Integer[] order = new Integer[result.linkCount()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        double[] w = result.linkWeight();
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(w[y], w[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(bw, csv)) {
            p.printRecord("source_a", "id_a", "source_b", "id_b", "probability", "match_weight");
            for (int k : order) {
                NormalisedRecord a = records.get(result.linkFirst()[k]);
                NormalisedRecord b = records.get(result.linkSecond()[k]);
                p.printRecord(a.source(), a.id(), b.source(), b.id(),
                        String.format(Locale.ROOT, "%.6f", LinkageModel.probability(w[k])),
                        String.format(Locale.ROOT, "%.4f", w[k]));
            }
        }
        if (clusters != null) {
            try (BufferedWriter bw = Files.newBufferedWriter(clusters, StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(bw, csv)) {
                p.printRecord("source", "id", "cluster");
                int[] c = result.clusters().clusterOf();
                for (int i = 0; i < records.size(); i++) {
                    p.printRecord(records.get(i).source(), records.get(i).id(), c[i] + 1);
                }
            }
        }
        if (explain != null) {
            try (BufferedWriter bw = Files.newBufferedWriter(explain, StandardCharsets.UTF_8)) {
                for (int k : order) {
                    bw.write(Explanation.of(result.scoredLink(k)).toJsonLine());
                    bw.write('\n');
                }
            }
        }
        if (modelOut != null) {
            result.model().save(modelOut);
        }
        int multi = 0;
        int[] sizes = new int[result.clusters().clusterCount()];
        for (int c : result.clusters().clusterOf()) {
            if (++sizes[c] == 2) {
                multi++;
            }
        }
        var tr = result.model().training();
        err.println("summary:");
        perSource.forEach((s, n) -> err.printf(Locale.ROOT, "  records read    %-20s %,d%n", s, n));
        if (badRows > 0) {
            err.printf(Locale.ROOT, "  bad rows skipped %,d%n", badRows);
        }
        err.printf(Locale.ROOT, "  candidate pairs %,d (per rule: %s)%n", result.candidates().size(),
                result.candidates().pairsPerRule());
        if (fitted == null && tr.emIterations() == 0) {
            err.println("  model           ASSUMED, NOT ESTIMATED: these records have one usable field;"
                    + " see the WARNING above");
        } else if (fitted == null) {
            err.printf(Locale.ROOT, "  EM iterations   %d (%s)%n", tr.emIterations(),
                    tr.converged() ? "converged" : "NOT CONVERGED: probabilities unreliable");
        } else {
            err.printf(Locale.ROOT, "  model           %s (fitted on %,d records, %d EM iterations)%n",
                    modelIn, tr.records(), tr.emIterations());
        }
        err.printf(Locale.ROOT, "  pairs written   %,d (probability >= %s) to %s%n",
                result.linkCount(), threshold, out);
        err.printf(Locale.ROOT, "  clusters        %,d (%,d with more than one record)%s%n",
                result.clusters().clusterCount(), multi, clusters == null ? "" : " to " + clusters);
        err.printf(Locale.ROOT, "  elapsed         %.1f s%n", (System.nanoTime() - start) / 1e9);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        err.printf(Locale.ROOT, "  peak heap used  %,d MB%n", peak >> 20);
        return 0;
    }
}
