package org.eyesandears.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code linkage-cli.jar}: dispatches to the sub-commands. */
public final class LinkageCli {

    static final String USAGE = String.join("\n",
            "Usage:",
            "  java -jar linkage-cli.jar link --input FILE --source NAME --map id=COL,name=COL[,...]",
            "        [--input FILE --source NAME --map ...]... --out pairs.csv",
            "        [--clusters clusters.csv] [--explain explain.jsonl] [--model-out model.json]",
            "        [--model model.json] [--threshold P] [--dedupe]",
            "      Links records across the input files (and within them with --dedupe; a single",
            "      input is always de-duplicated). --map fields: id and name (required), address,",
            "      town, postcode, phone, company, uprn, contact; join columns with + (address=A1+A2).",
            "      --model-out saves the fitted model; --model scores with a saved model instead of",
            "      fitting one (for small batches against a register's model).",
            "      --threshold: match probability for a pair to be written (default "
                    + org.eyesandears.linkage.LinkageEngine.DEFAULT_THRESHOLD + ").",
            "  java -jar linkage-cli.jar generate --records N --out FILE [--seed S]",
            "        [--duplicate-rate R]",
            "      Writes N synthetic UK business records with known duplicates (column true_id).",
            "  java -jar linkage-cli.jar evaluate --clusters clusters.csv --truth FILE",
            "        --id-column COL --truth-column COL [--source NAME]",
            "      Pairwise precision, recall and F1 of the clusters against a truth column.");

    private LinkageCli() {
    }

    /**
     * Runs the CLI and exits with its status.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the CLI without exiting, for tests and embedding.
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error (progress, summary, problems)
     * @return exit status: 0 success, 2 usage or input error, 1 unexpected failure
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "link":
                    return LinkCommand.run(rest, err);
                case "generate":
                    return GenerateCommand.run(rest, err);
                case "evaluate":
                    return EvaluateCommand.run(rest, out, err);
                default:
                    throw new UsageException("unknown command '" + args[0] + "'");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    static String value(List<String> args, int i, String option) throws UsageException {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args.get(i + 1);
    }
}
