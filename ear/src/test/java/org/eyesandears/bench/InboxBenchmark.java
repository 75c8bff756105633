package org.eyesandears.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * Benchmark, not a test of the suite (bench/inbox.sh runs it): 200,000 businesses, 500,000
 * referrals and 1,000,000 routings in MariaDB, then the desk inbox's first page and a filtered
 * page, each requested many times through the API as desk.immigration. Prints the latencies.
 */
@ExtendWith(ArquillianExtension.class)
class InboxBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    static final String AGENCIES = "'FOOD','LICENSING','HOUSING','TRADING_STD','FIRE','POLICE','IMMIGRATION',"
            + "'HMRC','GLAA','HSE','RATES','INSOLVENCY'";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void inboxWithAMillionRoutings() throws Exception {
        load();

        ApiClient desk = ApiClient.as("desk.immigration");
        measure(desk, "first page", "/api/inbox?max=25");
        measure(desk, "filtered page (status NEW, urgent)", "/api/inbox?max=25&status=NEW&urgency=URGENT");
        measure(desk, "filtered page (status IN_REVIEW, page 3)", "/api/inbox?max=25&first=50&status=IN_REVIEW");
    }

    /**
     * Loads 200,000 businesses, 500,000 referrals and 1,000,000 routings (two per referral) into the
     * test database; StatsBenchmark reuses it.
     */
    static void load() throws Exception {
        long start = System.nanoTime();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO business (trading_name, address_line1, town, postcode, confirmed, created_at, created_by)"
                    + " SELECT CONCAT('Bench Business ', seq), CONCAT(seq % 300 + 1, ' High Street'), 'Luton',"
                    + " CONCAT('LU', seq % 9 + 1, ' ', seq % 9, 'AB'), TRUE, NOW(6), 'bench' FROM seq_1_to_200000");
            long firstBusiness = single(sql, "SELECT MIN(id) FROM business WHERE created_by = 'bench'");
            sql.execute("INSERT INTO referral (reference, business_id, author_username, author_agency_code, visit_date,"
                    + " observation, source_evaluation, intelligence_assessment, handling_code, urgency, submitted_at)"
                    + " SELECT CONCAT('BN-', LPAD(seq, 9, '0')), " + firstBusiness + " + (seq % 200000), 'bench.officer',"
                    + " ELT(seq % 3 + 1, 'FOOD', 'FIRE', 'POLICE'), CURDATE() - INTERVAL (seq % 365) DAY,"
                    + " 'Benchmark observation', 'RELIABLE', 'A', 'P', IF(CRC32(seq) % 20 = 0, 'URGENT', 'ROUTINE'),"
                    + " NOW(6) - INTERVAL (seq % 525600) MINUTE FROM seq_1_to_500000");
            sql.execute("INSERT INTO referral_indicator (referral_id, position, indicator_code, concern_area, wording,"
                    + " wording_version) SELECT id, 0, 'IMM_NERVOUS_WORKERS', 'Immigration',"
                    + " 'Workers nervous when officials attend', 1 FROM referral WHERE author_username = 'bench.officer'");
            // Multi-row VALUES, not INSERT ... SELECT: MariaDB 11.4 refuses INSERT ... SELECT into a
            // table with a BEFORE INSERT trigger (routing has one since V70, ADR 0012) and NOT NULL
            // columns without a default ("Column 'referral_id' cannot be null").
            sql.execute("SET SESSION group_concat_max_len = 67108864");
            long firstReferral = single(sql, "SELECT MIN(id) FROM referral WHERE author_username = 'bench.officer'");
            long lastReferral = single(sql, "SELECT MAX(id) FROM referral WHERE author_username = 'bench.officer'");
            for (int offset : new int[] {0, 5}) {
                for (long from = firstReferral; from <= lastReferral; from += 10_000) {
                    String values;
                    try (ResultSet rs = sql.executeQuery("SELECT GROUP_CONCAT(CONCAT('(', id, ',',"
                            + " QUOTE(ELT((id + " + offset + ") % 12 + 1, " + AGENCIES + ")), ',',"
                            + " QUOTE(ELT(CRC32(id * 2 + " + offset + ") % 4 + 1, 'NEW', 'IN_REVIEW', 'ACCEPTED', 'CLOSED')), ',',"
                            + " QUOTE(submitted_at), ',', QUOTE(DATE(submitted_at) + INTERVAL 7 DAY), ',',"
                            + " QUOTE(DATE(submitted_at) + INTERVAL 28 DAY), ',', urgency = 'URGENT', ')'))"
                            + " FROM referral WHERE author_username = 'bench.officer' AND id >= " + from
                            + " AND id < " + (from + 10_000))) {
                        rs.next();
                        values = rs.getString(1);
                    }
                    if (values != null) {
                        sql.execute("INSERT INTO routing (referral_id, agency_code, status, created_at, first_decision_due,"
                                + " feedback_due, urgent) VALUES " + values);
                    }
                }
            }
            sql.execute("ANALYZE TABLE business, referral, referral_indicator, routing");
            System.out.printf("BENCH inbox data: %d routings, %d referrals, %d businesses loaded in %.1f s%n",
                    single(sql, "SELECT COUNT(*) FROM routing"), single(sql, "SELECT COUNT(*) FROM referral"),
                    single(sql, "SELECT COUNT(*) FROM business"), (System.nanoTime() - start) / 1e9);
        }
    }

    private static void measure(ApiClient client, String name, String path) throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(client.get(path).statusCode()).isEqualTo(200);
        }
        List<Double> millis = new ArrayList<>();
        String total = null;
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = client.get(path);
            millis.add((System.nanoTime() - t) / 1e6);
            assertThat(response.statusCode()).isEqualTo(200);
            total = response.headers().firstValue("X-Total-Count").orElse("?");
        }
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("BENCH inbox %s: %d requests, %s matching routings, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                name, REQUESTS, total, sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
