package org.eyesandears.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eyesandears.linkage.synth.SyntheticBusinesses;

/** {@code generate}: synthetic UK business records with known duplicates. */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static int run(List<String> args, PrintStream err) throws UsageException, IOException {
        long records = -1;
        long seed = 42;
        double duplicateRate = SyntheticBusinesses.DEFAULT_DUPLICATE_RATE;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String v;
            switch (a) {
                case "--records" -> {
                    v = LinkageCli.value(args, i++, a);
                    records = parseLong(v, a);
                }
                case "--seed" -> {
                    v = LinkageCli.value(args, i++, a);
                    seed = parseLong(v, a);
                }
                case "--duplicate-rate" -> {
                    v = LinkageCli.value(args, i++, a);
                    try {
                        duplicateRate = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--duplicate-rate must be a number");
                    }
                    if (duplicateRate < 0 || duplicateRate > 1) {
                        throw new UsageException("--duplicate-rate must be between 0 and 1");
                    }
                }
                case "--out" -> out = Path.of(LinkageCli.value(args, i++, a));
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        if (records < 1 || out == null) {
            throw new UsageException("generate needs --records N (N >= 1) and --out FILE");
        }
        long t = System.nanoTime();
        long entities = new SyntheticBusinesses(seed, duplicateRate).write(records, out);
        err.printf(Locale.ROOT, "wrote %,d records of %,d businesses to %s in %.1f s%n", records,
                entities, out, (System.nanoTime() - t) / 1e9);
        return 0;
    }

    private static long parseLong(String v, String option) throws UsageException {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + v + "'");
        }
    }
}
