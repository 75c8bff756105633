package org.eyesandears.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Stack;
import org.eyesandears.linkage.synth.SyntheticBusinesses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of the suite (bench/linkage-import.sh runs it): imports and links
 * {@code bench.rows} synthetic UK business records (default 100,000, 30 % of businesses listed
 * more than once) through the application's API, as two agency datasets of half the rows each:
 * the first into an empty register, the second linked against the first. Prints wall time and
 * rows per second of each import and what the linker decided.
 */
@ExtendWith(ArquillianExtension.class)
class LinkageImportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void importAndLink() throws Exception {
        List<String[]> records = new SyntheticBusinesses(11, SyntheticBusinesses.DEFAULT_DUPLICATE_RATE).generate(ROWS);
        StringBuilder food = new StringBuilder("id,name,address,town,postcode,phone,company,uprn,contact\n");
        StringBuilder fire = new StringBuilder(food);
        for (int i = 0; i < records.size(); i++) {
            String[] r = records.get(i);
            StringBuilder out = i % 2 == 0 ? food : fire;
            for (int c = 1; c < r.length; c++) {
                if (c > 1) {
                    out.append(',');
                }
                String v = r[c] == null ? "" : r[c];
                out.append(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            out.append('\n');
        }
        ApiClient analyst = ApiClient.as("analyst");
        String map = "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company,uprn=uprn,contact=contact";
        run(analyst, "FOOD", map, food.toString(), "first half into an empty register");
        run(analyst, "FIRE", map, fire.toString(), "second half linked against the first");
    }

    private static void run(ApiClient analyst, String agency, String map, String csv, String what) throws Exception {
        JsonObject dataset = ApiClient.object(analyst.post("/api/linkage/datasets",
                "{\"agency\": \"%s\", \"name\": \"Benchmark %s\", \"columnMap\": \"%s\"}".formatted(agency, agency, map)));
        long start = System.nanoTime();
        var response = analyst.post("/api/linkage/datasets/" + dataset.getJsonNumber("id") + "/imports", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        long job = ApiClient.object(response).getJsonNumber("id").longValue();
        JsonObject progress = Eventually.until("import " + job + " to end", Duration.ofMinutes(60), Duration.ofSeconds(1),
                () -> ApiClient.object(analyst.get("/api/linkage/imports/" + job)),
                p -> List.of("COMPLETED", "FAILED", "CANCELLED").contains(p.getString("status")));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(progress.getString("status")).isEqualTo("COMPLETED");
        int rows = progress.getInt("rowsDone");
        System.out.printf("BENCH linkage-import %s: %d rows in %.1f s (%.0f rows/s): %d linked automatically, %d to review,"
                        + " %d new businesses, %d bad rows%n", what, rows, seconds, rows / seconds,
                progress.getInt("linkedAutomatically"), progress.getInt("sentToReview"), progress.getInt("newBusinesses"),
                progress.getInt("rowsBad"));
    }
}
