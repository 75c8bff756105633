package org.eyesandears.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.eyesandears.referral.model.Overdue;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.reporting.service.WorkingDayCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reporting columns each routing keeps for the dashboard (V70, ADR 0012): referring agency,
 * business, London creation date and working days to first decision and to feedback. They must
 * follow every write (here through the real referral and triage services) and agree with what
 * the calendar says, so that the figures stay exactly those of docs/metrics.md.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingReportingColumnsIT {

    /** The stored columns against the same values worked out from the referral and the calendar. */
    private static final String DISAGREEING = "SELECT COUNT(*) FROM %s g"
            + " JOIN referral r ON r.id = g.referral_id"
            + " JOIN reporting_day c0 ON c0.day = DATE(g.created_at)"
            + " LEFT JOIN reporting_day c1 ON c1.day = DATE(g.first_decision_at)"
            + " LEFT JOIN reporting_day c2 ON c2.day = DATE(g.feedback_at)"
            + " WHERE NOT (g.referring_agency_code <=> r.author_agency_code"
            + " AND g.business_id <=> r.business_id"
            + " AND g.created_on <=> IF(g.created_at >= c0.next_utc_start, c0.day + INTERVAL 1 DAY, c0.day)"
            + " AND g.decision_working_days <=> IF(g.first_decision_at >= c1.next_utc_start, c1.next_working_index, c1.working_index)"
            + "   - IF(g.created_at >= c0.next_utc_start, c0.next_working_index, c0.working_index)"
            + " AND g.feedback_working_days <=> IF(g.feedback_at >= c2.next_utc_start, c2.next_working_index, c2.working_index)"
            + "   - IF(g.created_at >= c0.next_utc_start, c0.next_working_index, c0.working_index))";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static JsonObject immigration(JsonObject summary) {
        return summary.getJsonObject("current").getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("agency").equals("IMMIGRATION")).findFirst().orElseThrow();
    }

    private static JsonObject summary() throws Exception {
        HttpResponse<String> response = ApiClient.as("manager.partnership").get("/api/stats/summary");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    private static long flow(JsonObject summary, String from, String to) {
        return summary.getJsonObject("current").getJsonArray("matrix").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("from").equals(from) && f.getString("to").equals(to))
                .mapToLong(f -> f.getInt("routings")).sum();
    }

    private static long usefulness(JsonObject summary, String agency, String category) {
        return summary.getJsonObject("current").getJsonArray("usefulness").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("agency").equals(agency) && c.getString("category").equals(category))
                .mapToLong(c -> c.getJsonNumber("count").longValue()).sum();
    }

    private static JsonObject routing(String user, String reference, String agency) throws Exception {
        return ApiClient.object(ApiClient.as(user).get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals(agency)).findFirst().orElseThrow();
    }

    private static void move(ApiClient desk, JsonObject routing, String to, String reason, String referOn)
            throws Exception {
        HttpResponse<String> response = desk.post("/api/routings/" + routing.getJsonNumber("id").longValue()
                + "/transitions", "{\"to\": \"%s\", \"reason\": %s, \"expectedVersion\": %d, \"referOnAgency\": %s}"
                .formatted(to, reason == null ? "null" : "\"" + reason + "\"", routing.getJsonNumber("version").longValue(),
                        referOn == null ? "null" : "\"" + referOn + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aDecisionAndFeedbackThroughTheServicesMoveTheFiguresAndTheRoutingsColumns() throws Exception {
        JsonObject before = summary();
        HttpResponse<String> submitted = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Columns Car Wash", "addressLine1": "3 Dock Road", "postcode": "LU1 1AA"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_WORKERS_LIVING"], "observation": "Seen during inspection.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        long routingId = routing("desk.immigration", reference, "IMMIGRATION").getJsonNumber("id").longValue();

        JsonObject made = summary();
        assertThat(immigration(made).getInt("routingsReceived")).isEqualTo(immigration(before).getInt("routingsReceived") + 1);
        assertThat(flow(made, "FOOD", "IMMIGRATION")).isEqualTo(flow(before, "FOOD", "IMMIGRATION") + 1);
        assertThat(immigration(made).getInt("triaged")).isEqualTo(immigration(before).getInt("triaged"));
        try (Connection db = Database.connect()) {
            assertThat(single(db, "SELECT COUNT(*) FROM routing g JOIN referral r ON r.id = g.referral_id"
                    + " WHERE g.id = " + routingId + " AND g.referring_agency_code = 'FOOD' AND g.business_id = r.business_id"
                    + " AND g.created_on = '" + LocalDate.now(ZoneId.of("Europe/London")) + "'"
                    + " AND g.decision_working_days IS NULL AND g.feedback_working_days IS NULL"))
                    .as("a new routing knows its referring agency, business and London date, and has no durations").isEqualTo(1);
        }

        ApiClient desk = ApiClient.as("desk.immigration");
        move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "IN_REVIEW", null, null);
        move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "ACCEPTED", "Taken on", null);
        JsonObject decided = summary();
        assertThat(immigration(decided).getInt("triaged")).as("the first decision counts")
                .isEqualTo(immigration(before).getInt("triaged") + 1);
        assertThat(immigration(decided).getInt("feedbackGiven")).isEqualTo(immigration(before).getInt("feedbackGiven"));

        JsonObject accepted = routing("desk.immigration", reference, "IMMIGRATION");
        HttpResponse<String> feedback = desk.post("/api/routings/" + routingId + "/feedback",
                "{\"usefulness\": \"USEFUL\", \"outcomeCategory\": \"WARRANT_OBTAINED\", \"comment\": \"Visit planned.\", \"expectedVersion\": %d}"
                        .formatted(accepted.getJsonNumber("version").longValue()));
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(200);
        JsonObject answered = summary();
        assertThat(immigration(answered).getInt("feedbackGiven")).isEqualTo(immigration(before).getInt("feedbackGiven") + 1);
        assertThat(usefulness(answered, "IMMIGRATION", "USEFUL")).isEqualTo(usefulness(before, "IMMIGRATION", "USEFUL") + 1);
        assertThat(immigration(answered).getInt("triaged")).isEqualTo(immigration(before).getInt("triaged") + 1);
        try (Connection db = Database.connect()) {
            assertThat(single(db, "SELECT COUNT(*) FROM routing WHERE id = " + routingId
                    + " AND decision_working_days = 0 AND feedback_working_days = 0"))
                    .as("decided and answered on the day it was made: zero working days each").isEqualTo(1);
        }
    }

    /**
     * A food officer's referral about a new business, routed to immigration and housing, that the
     * immigration desk takes into review and refers on to HMRC; returns its reference.
     */
    private static String referredOnToHmrc(String tradingName, String address) throws Exception {
        HttpResponse<String> submitted = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "%s", "postcode": "LU1 1AA"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_WORKERS_LIVING"], "observation": "Seen during inspection.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(tradingName, address, LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        ApiClient desk = ApiClient.as("desk.immigration");
        move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "IN_REVIEW", null, null);
        move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "REFERRED_ON", "For HMRC", "HMRC");
        return reference;
    }

    @Test
    void aRoutingReferredOnKeepsTheReferralsAgencyAndBusiness() throws Exception {
        String reference = referredOnToHmrc("Columns Nail Bar", "5 Dock Road");

        try (Connection db = Database.connect()) {
            assertThat(single(db, "SELECT COUNT(*) FROM routing g JOIN referral r ON r.id = g.referral_id"
                    + " WHERE r.reference = '" + reference + "' AND g.agency_code = 'HMRC'"
                    + " AND g.referring_agency_code = 'FOOD' AND g.business_id = r.business_id"
                    + " AND g.decision_working_days IS NULL"))
                    .as("the routing made by referring on counts as the referral's author agency's").isEqualTo(1);
        }
    }

    @Test
    void everyRoutingsColumnsAgreeWithItsReferralAndTheCalendar() throws Exception {
        StatsData.load();
        try (Connection db = Database.connect()) {
            assertThat(single(db, "SELECT COUNT(*) FROM routing")).isGreaterThanOrEqualTo(7);
            assertThat(single(db, DISAGREEING.formatted("routing"))).isZero();
            // StatsData's hand-worked durations, e.g. ST-3 to HSE: decided 2019-04-30 London time
            // (11 working days after 15 April, Easter Friday and Monday skipped), feedback 1 May.
            assertThat(single(db, "SELECT COUNT(*) FROM routing g JOIN referral r ON r.id = g.referral_id"
                    + " WHERE r.reference = 'ST-3' AND g.agency_code = 'HSE' AND g.referring_agency_code = 'FIRE'"
                    + " AND g.created_on = '2019-04-15' AND g.decision_working_days = 9 AND g.feedback_working_days = 10"))
                    .isEqualTo(1);
            assertThat(single(db, "SELECT COUNT(*) FROM routing g JOIN referral r ON r.id = g.referral_id"
                    + " WHERE r.reference = 'ST-4' AND g.created_on = '2019-04-01' AND g.decision_working_days = 0"))
                    .as("made 00:30 London time on 1 April, decided that afternoon").isEqualTo(1);
        }
    }

    @Test
    void theMigrationsBackfillAndTheCalendarsRecountComputeWhatTheTriggersKeep() throws Exception {
        StatsData.load();
        String migration = Files.readString(Path.of("..", "persistence", "src", "main", "resources", "db", "migration",
                "V70__routing_reporting_columns.sql"));
        int start = migration.indexOf("UPDATE routing g");
        String backfill = migration.substring(start, migration.indexOf(';', start))
                .replace("UPDATE routing g", "UPDATE routing_backfill_check g");
        try (Connection root = asRoot(); Statement sql = root.createStatement()) {
            sql.execute("USE " + root.getCatalog());
            sql.execute("DROP TABLE IF EXISTS routing_backfill_check");
            sql.execute("CREATE TABLE routing_backfill_check AS SELECT * FROM routing");
            try {
                sql.execute("UPDATE routing_backfill_check SET referring_agency_code = NULL, business_id = NULL,"
                        + " created_on = NULL, decision_working_days = NULL, feedback_working_days = NULL");
                sql.execute(backfill);
                assertThat(single(root, "SELECT COUNT(*) FROM routing_backfill_check")).isGreaterThanOrEqualTo(7);
                assertThat(single(root, DISAGREEING.formatted("routing_backfill_check"))).isZero();
                assertThat(single(root, "SELECT COUNT(*) FROM routing_backfill_check b JOIN routing g ON g.id = b.id"
                        + " WHERE NOT (b.referring_agency_code <=> g.referring_agency_code AND b.business_id <=> g.business_id"
                        + " AND b.created_on <=> g.created_on AND b.decision_working_days <=> g.decision_working_days"
                        + " AND b.feedback_working_days <=> g.feedback_working_days)")).isZero();

                // WorkingDayCalendar's recount after it fills the calendar: the same day columns.
                sql.execute("UPDATE routing_backfill_check SET created_on = NULL, decision_working_days = NULL,"
                        + " feedback_working_days = NULL");
                sql.execute(WorkingDayCalendar.RECOUNT.replace("update routing g", "update routing_backfill_check g"));
                assertThat(single(root, DISAGREEING.formatted("routing_backfill_check"))).isZero();
            } finally {
                sql.execute("DROP TABLE routing_backfill_check");
            }
        }
    }

    @Test
    void theDailyFiguresAndTheAwaitingCountsAlwaysEqualWhatTheRoutingsSay() throws Exception {
        StatsData.load();
        // A referral of its own with three routings (immigration, housing, and HMRC by referring on).
        String reference = referredOnToHmrc("Columns Tyre Bay", "7 Dock Road");

        String migration = Files.readString(Path.of("..", "persistence", "src", "main", "resources", "db", "migration",
                "V100__routing_daily_figures.sql"));
        try (Connection root = asRoot(); Statement sql = root.createStatement()) {
            sql.execute("USE " + root.getCatalog());
            assertThat(kept(root, "routing_day_figure")).as("the triggers' daily figures against V100's backfill now")
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(backfill(root, migration, "routing_day_figure"));
            assertThat(kept(root, "routing_awaiting")).as("the triggers' awaiting counts against V100's backfill now")
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(backfill(root, migration, "routing_awaiting"));

            // An administrator deletes the referral's first routing: "referrals sent" passes to the next one.
            long first = single(root, "SELECT MIN(g.id) FROM routing g JOIN referral r ON r.id = g.referral_id"
                    + " WHERE r.reference = '" + reference + "'");
            sql.execute("UPDATE routing SET referred_from_routing_id = NULL WHERE referred_from_routing_id = " + first);
            sql.execute("DELETE FROM routing_event WHERE routing_id = " + first);
            sql.execute("DELETE FROM routing WHERE id = " + first);
            assertThat(kept(root, "routing_day_figure")).as("after a routing is deleted")
                    .containsExactlyInAnyOrderElementsOf(backfill(root, migration, "routing_day_figure"));
            assertThat(kept(root, "routing_awaiting")).as("after a routing is deleted")
                    .containsExactlyInAnyOrderElementsOf(backfill(root, migration, "routing_awaiting"));
        }
    }

    /**
     * The overdue rule is written once ({@link Overdue}); the dashboard's counts read the awaiting
     * counts V100's triggers keep instead. On every date a routing falls due, the day after, and
     * today, the triggers' counts for due dates before that day must equal the routings the rule
     * calls overdue, per receiving agency and kind.
     */
    @Test
    void theTriggersAwaitingCountsAgreeWithTheOverdueRuleOnEveryDay() throws Exception {
        StatsData.load();
        referredOnToHmrc("Columns Paint Shop", "9 Dock Road");
        try (Connection db = Database.connect()) {
            List<Object[]> routings = new ArrayList<>();
            java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
            days.add(LocalDate.now(ZoneId.of("Europe/London")));
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT agency_code, status,"
                    + " first_decision_at, first_decision_due, feedback_at, feedback_due FROM routing")) {
                while (rs.next()) {
                    Object[] g = {rs.getString(1), RoutingStatus.valueOf(rs.getString(2)), instant(rs, 3),
                            date(rs, 4), instant(rs, 5), date(rs, 6)};
                    routings.add(g);
                    for (LocalDate due : new LocalDate[] {(LocalDate) g[3], (LocalDate) g[5]}) {
                        if (due != null) {
                            days.add(due);
                            days.add(due.plusDays(1));
                        }
                    }
                }
            }
            assertThat(routings).as("routings to check").hasSizeGreaterThan(10);
            long overdueSeen = 0;
            for (LocalDate today : days) {
                java.util.Map<String, Long> byRule = new java.util.TreeMap<>();
                for (Object[] g : routings) {
                    if (Overdue.decision((java.time.Instant) g[2], (LocalDate) g[3], today)) {
                        byRule.merge(g[0] + " D", 1L, Long::sum);
                    }
                    if (Overdue.feedback((java.time.Instant) g[4], (RoutingStatus) g[1], (LocalDate) g[5], today)) {
                        byRule.merge(g[0] + " F", 1L, Long::sum);
                    }
                }
                java.util.Map<String, Long> kept = new java.util.TreeMap<>();
                try (var st = db.prepareStatement(Overdue.AWAITING_SQL.replace(":today", "?"))) {
                    st.setObject(1, today);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            kept.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                        }
                    }
                }
                assertThat(kept).as("overdue counts on " + today).isEqualTo(byRule);
                overdueSeen += byRule.values().stream().mapToLong(Long::longValue).sum();
            }
            assertThat(overdueSeen).as("some routing overdue on some day").isPositive();
        }
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** The rows a table keeps, those whose count has fallen to 0 left out (readers skip them too). */
    private static List<String> kept(Connection db, String table) throws SQLException {
        return lines(db, "SELECT * FROM " + table + " WHERE routings <> 0");
    }

    /** What V100's backfill statements for a table compute from the routings as they are now. */
    private static List<String> backfill(Connection db, String migration, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        String insert = "INSERT INTO " + table + "\n";
        for (int at = migration.indexOf(insert); at >= 0; at = migration.indexOf(insert, at + 1)) {
            rows.addAll(lines(db, migration.substring(at + insert.length(), migration.indexOf(';', at))));
        }
        return rows;
    }

    private static List<String> lines(Connection db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c == 1 ? "" : " | ").append(rs.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** MariaDB's root over TCP, as AuditChainIT: making a scratch table needs more than the application's rights. */
    private static Connection asRoot() throws SQLException {
        String user = System.getenv().getOrDefault("DB_ROOT_USER", "root");
        String password = System.getenv("DB_ROOT_PASSWORD");
        if (password != null) {
            return DriverManager.getConnection(System.getenv("DB_URL"), user, password);
        }
        try {
            return DriverManager.getConnection(System.getenv("DB_URL"), user, "root");
        } catch (SQLException e) {
            return DriverManager.getConnection(System.getenv("DB_URL"), user, "");
        }
    }
}
