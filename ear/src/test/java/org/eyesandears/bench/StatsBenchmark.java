package org.eyesandears.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of the suite (bench/stats.sh runs it): the manager dashboard's figures with
 * 1,000,000 routings (InboxBenchmark's data, spread over the last year), three quarters of them
 * decided and half with feedback. Prints the latency of GET /api/stats/summary, which computes
 * every figure of the dashboard for the period and the one before it.
 */
@ExtendWith(ArquillianExtension.class)
class StatsBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.requests", 20);

    /** Rounds over every period, one after the other, on the same data (each prints its own median). */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void dashboardWithAMillionRoutings() throws Exception {
        InboxBenchmark.load();
        long start = System.nanoTime();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("UPDATE routing SET"
                    + " first_decision_at = IF(status = 'NEW', NULL, created_at + INTERVAL (id % 9) DAY + INTERVAL (id % 7) HOUR),"
                    + " feedback_at = IF(status IN ('ACCEPTED', 'CLOSED'), created_at + INTERVAL (id % 40) DAY, NULL),"
                    + " usefulness = IF(status IN ('ACCEPTED', 'CLOSED'), ELT(id % 4 + 1, 'USEFUL', 'PARTLY_USEFUL', 'NOT_USEFUL', 'TOO_EARLY_TO_SAY'), NULL),"
                    + " outcome_category = IF(status IN ('ACCEPTED', 'CLOSED'), ELT(id % 5 + 1, 'ENFORCEMENT_ACTION', 'NOTICE_SERVED', 'ADVICE_GIVEN', 'NO_ACTION', 'JOINED_EXISTING_CASE'), NULL)");
            sql.execute("ANALYZE TABLE routing");
        }
        System.out.printf("BENCH stats data: decisions and feedback added in %.1f s%n", (System.nanoTime() - start) / 1e9);

        // A fresh token per period: a long period outlives the 5-minute access token.
        for (int round = 1; round <= ROUNDS; round++) {
            String r = "round " + round + ", ";
            measure(ApiClient.as("manager.partnership"), r + "partnership manager, last 28 days (default)", "/api/stats/summary");
            measure(ApiClient.as("manager"), r + "agency manager (FOOD), last 28 days (default)", "/api/stats/summary");
            measure(ApiClient.as("manager.partnership"), r + "partnership manager, 91 days",
                    "/api/stats/summary?from=" + daysAgo(90) + "&to=" + daysAgo(0));
            measure(ApiClient.as("manager.partnership"), r + "partnership manager, 365 days",
                    "/api/stats/summary?from=" + daysAgo(364) + "&to=" + daysAgo(0), Math.max(3, REQUESTS / 4));
        }
    }

    private static String daysAgo(int days) {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(days).toString();
    }

    private static void measure(ApiClient client, String name, String path) throws Exception {
        measure(client, name, path, REQUESTS);
    }

    private static void measure(ApiClient client, String name, String path, int requests) throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> warm = client.get(path);
            assertThat(warm.statusCode()).as(warm.body()).isEqualTo(200);
        }
        List<Double> millis = new ArrayList<>();
        String received = null;
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = client.get(path);
            millis.add((System.nanoTime() - t) / 1e6);
            assertThat(response.statusCode()).isEqualTo(200);
            received = String.valueOf(ApiClient.object(response).getJsonObject("current").getJsonObject("partnership")
                    .getInt("routingsReceived"));
        }
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("BENCH stats %s: %d requests, %s routings in the period, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                name, requests, received, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }
}
