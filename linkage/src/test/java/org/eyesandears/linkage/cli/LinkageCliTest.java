package org.eyesandears.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eyesandears.linkage.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String resource(String name) throws URISyntaxException {
        return Path.of(LinkageCliTest.class.getResource("/cli/" + name).toURI()).toString();
    }

    private int run(String... args) {
        return LinkageCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int linkFhrsAndFire(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("link",
                "--input", resource("fhrs.csv"), "--source", "fhrs", "--map",
                "id=FHRSID,name=BusinessName,address=AddressLine1,town=AddressLine2,postcode=PostCode,"
                        + "phone=Phone,company=CompanyNumber",
                "--input", resource("fire.csv"), "--source", "fire", "--map",
                "id=Ref,name=Premises,address=Address,town=Town,postcode=Postcode,phone=Tel,"
                        + "company=Company Reg",
                "--out", dir.resolve("pairs.csv").toString(),
                "--clusters", dir.resolve("clusters.csv").toString(),
                "--explain", dir.resolve("explain.jsonl").toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(new String[0]));
    }

    @Test
    void linksTheSamePremisesAcrossTwoAgencies() throws Exception {
        assertThat(linkFhrsAndFire()).isZero();

        List<String> pairs = Files.readAllLines(dir.resolve("pairs.csv"));
        assertThat(pairs.get(0)).isEqualTo("source_a,id_a,source_b,id_b,probability,match_weight");
        List<String> linked = new ArrayList<>();
        for (String line : pairs.subList(1, pairs.size())) {
            String[] f = line.split(",");
            linked.add(f[1] + "=" + f[3]);
            assertThat(Double.parseDouble(f[4])).isGreaterThanOrEqualTo(0.9);
        }
        // "The Chicken Shop Ltd, 12 The Broadway" is "Chicken Shop, 12, Broadway" to the fire service.
        assertThat(linked).contains("500100=F-001", "500101=F-002", "500102=F-003", "500106=F-006",
                "500112=F-012", "500114=F-014", "500103=F-004");
        // The Cambridge Costcutter is another shop of the chain; the care home next door is not the
        // care home itself.
        assertThat(linked).doesNotContain("500104=F-004", "500110=F-022");
        assertThat(linked).hasSize(19);

        Map<String, String> cluster = new HashMap<>();
        List<String> clusters = Files.readAllLines(dir.resolve("clusters.csv"));
        assertThat(clusters.get(0)).isEqualTo("source,id,cluster");
        for (String line : clusters.subList(1, clusters.size())) {
            String[] f = line.split(",");
            cluster.put(f[0] + ":" + f[1], f[2]);
        }
        // 25 named fhrs records, one without a name (premises only, still linkable), 22 fire.
        assertThat(cluster).hasSize(26 + 22);
        assertThat(cluster.get("fhrs:500100")).isEqualTo(cluster.get("fire:F-001"));
        assertThat(cluster.get("fhrs:500104")).isNotEqualTo(cluster.get("fire:F-004"));
        assertThat(cluster.get("fire:F-022")).isNotEqualTo(cluster.get("fhrs:500110"));

        String summary = stderr();
        assertThat(summary).contains("warning: only 21 candidate pairs");
        assertThat(summary).contains("records read    fhrs                 26",
                "records read    fire                 22", "candidate pairs", "EM iterations",
                "pairs written   19", "clusters", "elapsed");
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndSkipped() throws Exception {
        assertThat(linkFhrsAndFire()).isZero();
        String stderr = stderr();
        // Line 8-9 hold one record with a line break inside quotes, so the broken rows are 28 and 29.
        assertThat(stderr).contains("fhrs.csv line 28: skipped, 3 fields where the header has 7");
        // A record without a name is premises only: read, and weighed on its other fields.
        assertThat(stderr).doesNotContain("line 29: skipped");
        assertThat(stderr).contains("1 bad rows skipped");
    }

    @Test
    void explanationsSumToTheWrittenWeight() throws Exception {
        assertThat(linkFhrsAndFire()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("explain.jsonl"));
        assertThat(lines).hasSize(19);
        for (String line : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) Json.parse(line);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> steps = (List<Map<String, Object>>) e.get("steps");
            double sum = 0;
            for (Map<String, Object> s : steps) {
                sum += ((Number) s.get("weight")).doubleValue();
            }
            assertThat(sum).isCloseTo(((Number) e.get("match_weight")).doubleValue(),
                    org.assertj.core.api.Assertions.within(1e-3));
        }
        assertThat(lines.get(0)).contains(
                "\"text\":\"postcode not compared, another field already covers it: no evidence either way\"");
    }

    @Test
    void aHigherThresholdWritesFewerPairs() throws Exception {
        assertThat(linkFhrsAndFire("--threshold", "0.99999")).isZero();
        assertThat(Files.readAllLines(dir.resolve("pairs.csv")).size() - 1).isLessThan(19);
    }

    @Test
    void missingFileIsAClearErrorWithUsage() throws Exception {
        int status = run("link", "--input", dir.resolve("nope.csv").toString(), "--map", "id=a,name=b",
                "--out", dir.resolve("p.csv").toString());
        assertThat(status).isEqualTo(2);
        assertThat(stderr()).contains("input file not found").contains("Usage:");
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }

    @Test
    void unknownColumnNamesTheColumnsThatExist() throws Exception {
        int status = run("link", "--input", resource("fire.csv"), "--map", "id=Ref,name=Business Name",
                "--out", dir.resolve("p.csv").toString());
        assertThat(status).isEqualTo(2);
        assertThat(stderr()).contains("column 'Business Name' (for name) not found")
                .contains("Ref, Premises, Address");
    }

    @Test
    void badOptionsAreRefused() throws Exception {
        assertThat(run("link", "--frobnicate")).isEqualTo(2);
        assertThat(stderr()).contains("unknown option '--frobnicate'");
        assertThat(run("link", "--input", resource("fire.csv"), "--map", "name=Premises",
                "--out", "x.csv")).isEqualTo(2);
        assertThat(stderr()).contains("at least id=COLUMN and name=COLUMN");
        assertThat(run("link", "--input", resource("fire.csv"), "--map", "id=Ref,name=Premises",
                "--out", "x.csv", "--threshold", "1.5")).isEqualTo(2);
        assertThat(run("explode")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void generateAndEvaluateRoundTrip() throws Exception {
        Path data = dir.resolve("synthetic.csv");
        assertThat(run("generate", "--records", "2000", "--seed", "3", "--out", data.toString())).isZero();
        List<String> lines = Files.readAllLines(data);
        assertThat(lines.get(0)).isEqualTo("true_id,id,name,address,town,postcode,phone,company,uprn,contact");
        assertThat(lines).hasSize(2001);

        Path again = dir.resolve("again.csv");
        assertThat(run("generate", "--records", "2000", "--seed", "3", "--out", again.toString())).isZero();
        assertThat(Files.readAllLines(again)).isEqualTo(lines);

        Path clusters = dir.resolve("clusters.csv");
        assertThat(run("link", "--input", data.toString(), "--source", "syn", "--map",
                "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,"
                        + "company=company,uprn=uprn,contact=contact",
                "--dedupe", "--out", dir.resolve("pairs.csv").toString(),
                "--clusters", clusters.toString())).isZero();
        out.reset();
        assertThat(run("evaluate", "--clusters", clusters.toString(), "--truth", data.toString(),
                "--id-column", "id", "--truth-column", "true_id")).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("records=2000");
        double f1 = Double.parseDouble(report.replaceAll("(?s).*f1=([0-9.]+).*", "$1"));
        assertThat(f1).isGreaterThan(0.9);
    }

    @Test
    void aSavedModelLinksASmallBatchThatCouldNotBeFittedAlone() throws Exception {
        Path data = dir.resolve("register.csv");
        assertThat(run("generate", "--records", "5000", "--seed", "8", "--out", data.toString())).isZero();
        String map = "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone";
        Path model = dir.resolve("model.json");
        assertThat(run("link", "--input", data.toString(), "--map", map, "--out",
                dir.resolve("register-pairs.csv").toString(), "--model-out", model.toString())).isZero();
        Path batch = dir.resolve("batch.csv");
        Files.writeString(batch, String.join("\n",
                "id,name,address,town,postcode,phone",
                "1,The Chicken Shop Ltd,\"12, The Broadway\",London,N8 9SU,020 8340 1122",
                "2,CHICKEN SHOP,12 Broadway,London,n89su,+44 20 8340 1122",
                "3,Broadway Launderette,14 The Broadway,London,N8 9SU,020 8340 9876", ""));

        err.reset();
        assertThat(run("link", "--input", batch.toString(), "--source", "batch", "--map", map,
                "--model", model.toString(), "--out", dir.resolve("batch-pairs.csv").toString())).isZero();

        List<String> pairs = Files.readAllLines(dir.resolve("batch-pairs.csv"));
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(1)).startsWith("batch,1,batch,2,");
        assertThat(stderr()).contains("model           " + model).doesNotContain("warning: only");
        assertThat(run("link", "--input", batch.toString(), "--map", map, "--model",
                batch.toString(), "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(stderr()).contains("is not a saved linkage model");
    }

    @Test
    void evaluatorCountsPairsWithinClusters() {
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        EvaluateCommand.Scores s = EvaluateCommand.score(predicted, truth);
        assertThat(s.predictedPairs()).isEqualTo(3);
        assertThat(s.truePairs()).isEqualTo(2);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
