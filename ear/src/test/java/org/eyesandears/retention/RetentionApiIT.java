package org.eyesandears.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention and review through the API against the real stack: review dates from last activity
 * and the agency's period, the nightly marking, keeping with a reason, and erasure leaving a
 * tombstone and the audit trail. Only the owning agency's managers may act.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    static String submit(String officer, String tradingName, String indicator) throws Exception {
        return submit(officer, tradingName, indicator, "{\"source\": \"RELIABLE\", \"intelligence\": \"A\", \"handling\": \"P\"}");
    }

    private static String submit(String officer, String tradingName, String indicator, String grading) throws Exception {
        String card = """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "3 Mill Lane",
                                 "town": "Luton", "postcode": "LU2 7XH"},
                 "visitDate": "%s", "visitReason": "Complaint about the kitchen",
                 "indicatorCodes": ["%s"],
                 "observation": "Six camp beds behind the freezer room.",
                 "otherConcern": "Workers paid in cash", "otherConcernAgency": "HMRC",
                 "people": [{"nameOrDescription": "Ana (surname not given)", "roleAtPremises": "cook",
                             "category": "VICTIM"}],
                 "grading": %s,
                 "urgency": "ROUTINE"}
                """.formatted(tradingName + " " + UUID.randomUUID().toString().substring(0, 8), today(), indicator,
                grading);
        HttpResponse<String> response = ApiClient.as(officer).post("/api/referrals", card);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getString("reference");
    }

    /** Moves the referral's activity into the past, as if it had been submitted and handled then. */
    static void backdate(String reference, String submitted, String feedback) throws Exception {
        try (Connection db = Database.connect()) {
            try (var st = db.prepareStatement("UPDATE referral SET submitted_at = ? WHERE reference = ?")) {
                st.setTimestamp(1, Timestamp.from(Instant.parse(submitted)));
                st.setString(2, reference);
                assertThat(st.executeUpdate()).isEqualTo(1);
            }
            try (var st = db.prepareStatement("UPDATE routing SET created_at = ?, changed_at = NULL, first_decision_at = NULL,"
                    + " feedback_at = ? WHERE referral_id = (SELECT id FROM referral WHERE reference = ?)")) {
                st.setTimestamp(1, Timestamp.from(Instant.parse(submitted)));
                st.setTimestamp(2, feedback == null ? null : Timestamp.from(Instant.parse(feedback)));
                st.setString(3, reference);
                assertThat(st.executeUpdate()).isPositive();
            }
        }
    }

    private static JsonObject status(String reference) throws Exception {
        HttpResponse<String> response = ApiClient.as("manager").get("/api/retention/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    private static List<String> queue() throws Exception {
        HttpResponse<String> response = ApiClient.as("manager").get("/api/retention/queue");
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("reference")).toList();
    }

    private static void markDue() throws Exception {
        HttpResponse<String> marked = ApiClient.as("manager").post("/api/retention/mark-due", "{}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    }

    private static String decision(String reason, LocalDate newReviewDate) {
        return newReviewDate == null ? "{\"reason\": \"" + reason + "\"}"
                : "{\"reason\": \"" + reason + "\", \"newReviewDate\": \"" + newReviewDate + "\"}";
    }

    @Test
    void theReviewDateIsTheOwningAgencysPeriodAfterTheLastActivity() throws Exception {
        String reference = submit("officer.food", "Golden Wok", "FIRE_EXITS_BLOCKED");
        JsonObject fresh = status(reference);
        assertThat(fresh.getInt("retentionYears")).isEqualTo(6);
        assertThat(fresh.getString("reviewDate")).isEqualTo(today().plusYears(6).toString());
        assertThat(fresh.getBoolean("due")).isFalse();

        // Submitted in 2019, feedback given on 10 February 2020: the feedback is the last activity.
        backdate(reference, "2019-05-01T09:00:00Z", "2020-02-10T12:00:00Z");
        JsonObject handled = status(reference);
        assertThat(handled.getString("lastActivity")).startsWith("2020-02-10T12:00");
        assertThat(handled.getString("reviewDate")).isEqualTo("2026-02-10");

        try (Connection db = Database.connect(); var st = db.createStatement()) {
            st.executeUpdate("UPDATE agency SET retention_years = 2 WHERE code = 'FOOD'");
            try {
                JsonObject shorter = status(reference);
                assertThat(shorter.getInt("retentionYears")).isEqualTo(2);
                assertThat(shorter.getString("reviewDate")).isEqualTo("2022-02-10");
            } finally {
                st.executeUpdate("UPDATE agency SET retention_years = 6 WHERE code = 'FOOD'");
            }
        }
    }

    @Test
    void theNightlyMarkingPutsReferralsPastTheirReviewDateInTheOwningAgencysQueue() throws Exception {
        String old = submit("officer.food", "Old Mill Cafe", "FIRE_EXITS_BLOCKED");
        String recent = submit("officer.food", "New Mill Cafe", "FIRE_EXITS_BLOCKED");
        backdate(old, "2018-03-01T10:00:00Z", null);
        assertThat(queue()).doesNotContain(old, recent);

        markDue();

        assertThat(queue()).contains(old).doesNotContain(recent);
        JsonObject item = status(old);
        assertThat(item.getBoolean("due")).isTrue();
        assertThat(item.getString("reviewDate")).isEqualTo("2024-03-01");
        assertThat(status(recent).getBoolean("due")).isFalse();
        assertThat(ApiClient.as("officer.food").get("/api/retention/queue").statusCode())
                .as("officers have no review queue").isEqualTo(403);
        assertThat(ApiClient.as("desk.fire").post("/api/retention/mark-due", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void keepingMovesTheReviewDateAndRecordsTheReason() throws Exception {
        String reference = submit("officer.food", "Keepers Kebabs", "FIRE_EXITS_BLOCKED");
        backdate(reference, "2018-03-01T10:00:00Z", null);
        markDue();
        assertThat(queue()).contains(reference);
        LocalDate next = today().plusYears(2);

        HttpResponse<String> noReason = ApiClient.as("manager").post("/api/retention/" + reference + "/keep",
                "{\"newReviewDate\": \"" + next + "\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> past = ApiClient.as("manager").post("/api/retention/" + reference + "/keep",
                decision("Prosecution pending", today().minusDays(1)));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("newReviewDate");
        assertThat(ApiClient.as("officer.food").post("/api/retention/" + reference + "/keep",
                decision("Prosecution pending", next)).statusCode()).isEqualTo(403);

        HttpResponse<String> kept = ApiClient.as("manager").post("/api/retention/" + reference + "/keep",
                decision("Prosecution pending at Luton Crown Court", next));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        JsonObject item = ApiClient.object(kept);
        assertThat(item.getString("reviewDate")).isEqualTo(next.toString());
        assertThat(item.getBoolean("due")).isFalse();
        assertThat(item.getString("keptBy")).isEqualTo("manager");
        assertThat(item.getString("keptReason")).isEqualTo("Prosecution pending at Luton Crown Court");
        assertThat(queue()).doesNotContain(reference);
        markDue();
        assertThat(queue()).as("kept until a future date, the nightly job leaves it alone").doesNotContain(reference);

        try (Connection db = Database.connect();
             var st = db.prepareStatement("SELECT review_on, review_reason FROM referral WHERE reference = ?");
             var audit = db.prepareStatement("SELECT COUNT(*) FROM audit_record WHERE object_type = 'referral'"
                     + " AND object_id = ? AND operation = 'ALTERATION' AND reason = ?")) {
            st.setString(1, reference);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getDate(1).toLocalDate()).isEqualTo(next);
                assertThat(rs.getString(2)).isEqualTo("Prosecution pending at Luton Crown Court");
            }
            audit.setString(1, reference);
            audit.setString(2, "given on the referral");
            try (ResultSet rs = audit.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void readingTheQueueIsAuditedAndListsLabelAnErasedReferralWithItsDay() throws Exception {
        String reference = submit("officer.food", "Tombstone Tearooms", "FIRE_EXITS_BLOCKED");
        String conditional = submit("officer.food", "Tombstone Tearooms", "FIRE_EXITS_BLOCKED",
                "{\"source\": \"RELIABLE\", \"intelligence\": \"A\", \"handling\": \"C\","
                        + " \"conditions\": \"Not to be shown to the landlord.\"}");
        backdate(reference, "2018-04-01T10:00:00Z", null);
        backdate(conditional, "2018-04-01T11:00:00Z", null);
        markDue();
        List<JsonObject> items = ApiClient.array(ApiClient.as("manager").get("/api/retention/queue"))
                .getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("reference")).contains(reference, conditional);
        assertThat(items).filteredOn(i -> i.getString("reference").equals(conditional)).singleElement()
                .satisfies(i -> assertThat(i.getString("handlingConditions")).isEqualTo("Not to be shown to the landlord."));
        assertThat(items).filteredOn(i -> i.getString("reference").equals(reference)).singleElement()
                .satisfies(i -> assertThat(i.containsKey("handlingConditions")).isFalse());
        assertThat(countAudit(reference, "CONSULTATION", "retention review queue"))
                .as("the manager's read of the queue is a consultation of each referral in it").isEqualTo(1);

        HttpResponse<String> erased = ApiClient.as("manager").post("/api/retention/" + reference + "/erase",
                decision("Retention period over", null));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

        String today = today().toString();
        JsonObject mine = ApiClient.array(ApiClient.as("officer.food").get("/api/referrals?mine=true&max=100"))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("reference").equals(reference))
                .findFirst().orElseThrow();
        assertThat(mine.getString("erasedOn")).isEqualTo(today);
        JsonObject inbox = ApiClient.array(ApiClient.as("desk.fire").get("/api/inbox?max=200&business="
                        + "Tombstone%20Tearooms")).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertThat(inbox.getString("erasedOn")).isEqualTo(today);
        JsonObject drillDown = ApiClient.array(ApiClient.as("manager").get(
                        "/api/stats/referrals?officer=officer.food&from=2018-04-01&to=2018-04-01"))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("reference").equals(reference))
                .findFirst().orElseThrow();
        assertThat(drillDown.getString("erasedOn")).isEqualTo(today);
        JsonObject subject = ApiClient.object(ApiClient.as("auditor").get("/api/audit/subject-access?name=Tombstone%20Tearooms"))
                .getJsonArray("referrals").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertThat(subject.getString("erasedOn")).isEqualTo(today);
        String csv = new String(ApiClient.as("manager").download(
                "/api/stats/routings.csv?kind=SENT&agency=FOOD&from=2018-04-01&to=2018-04-01", "text/csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.startsWith(reference + ",")).findFirst().orElseThrow())
                .endsWith("," + today).doesNotContain("Six camp beds");
    }

    private static int countAudit(String reference, String operation, String detail) throws Exception {
        try (Connection db = Database.connect(); var st = db.prepareStatement("SELECT COUNT(*) FROM audit_record"
                + " WHERE object_type = 'referral' AND object_id = ? AND operation = ? AND detail = ?")) {
            st.setString(1, reference);
            st.setString(2, operation);
            st.setString(3, detail);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void erasureRemovesTheContentAndFilesButKeepsTheTombstoneRoutingsAndAuditTrail() throws Exception {
        String reference = submit("officer.food", "Erasmus Bakery", "FIRE_EXITS_BLOCKED");
        byte[] photo = "%PDF-1.4 a photograph of the camp beds".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String key = UUID.randomUUID().toString();
        Path file = Database.attachmentFile(key);
        long attachmentId = Database.attach(reference, key, photo);
        assertThat(ApiClient.as("officer.food").download("/attachments/" + attachmentId).statusCode()).isEqualTo(200);
        ApiClient.as("desk.fire").get("/api/referrals/" + reference); // a consultation in the audit trail
        assertThat(move(reference, "IN_REVIEW", "Exits checked against the plan")).isEqualTo(200);
        assertThat(move(reference, "INFO_REQUESTED", "Where does Ana sleep?")).isEqualTo(200);
        List<Long> auditBefore = auditIds(reference);
        int routingsBefore = ApiClient.object(ApiClient.as("officer.food").get("/api/referrals/" + reference))
                .getJsonArray("routings").size();
        assertThat(auditBefore).isNotEmpty();
        String fireReferral = submit("officer.fire", "Other Agency Diner", "FIRE_EXITS_BLOCKED");

        String erase = decision("Retention period over; no further action by any agency", null);
        assertThat(ApiClient.as("officer.food").post("/api/retention/" + reference + "/erase", erase).statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as("desk.fire").post("/api/retention/" + reference + "/erase", erase).statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as("manager").post("/api/retention/" + fireReferral + "/erase", erase).statusCode())
                .as("another agency's referral is not the FOOD manager's to erase").isEqualTo(404);
        assertThat(ApiClient.as("manager").post("/api/retention/" + reference + "/erase", "{}").statusCode())
                .isEqualTo(400);

        HttpResponse<String> erased = ApiClient.as("manager").post("/api/retention/" + reference + "/erase", erase);
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(ApiClient.object(erased).getString("erasedBy")).isEqualTo("manager");

        assertThat(file).as("the attachment file is deleted").doesNotExist();
        assertThat(ApiClient.as("officer.food").download("/attachments/" + attachmentId).statusCode()).isEqualTo(404);
        try (Connection db = Database.connect(); var st = db.prepareStatement(
                "SELECT r.observation, r.visit_reason, r.other_concern, r.erased_by, r.erasure_reason,"
                        + " (SELECT COUNT(*) FROM referral_person p WHERE p.referral_id = r.id),"
                        + " (SELECT COUNT(*) FROM attachment a WHERE a.referral_id = r.id),"
                        + " (SELECT COUNT(*) FROM routing g WHERE g.referral_id = r.id),"
                        + " r.author_agency_code, r.submitted_at FROM referral r WHERE r.reference = ?")) {
            st.setString(1, reference);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("the tombstone remains").isTrue();
                assertThat(rs.getString(1)).isEmpty();
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getString(3)).isNull();
                assertThat(rs.getString(4)).isEqualTo("manager");
                assertThat(rs.getString(5)).isEqualTo("Retention period over; no further action by any agency");
                assertThat(rs.getInt(6)).as("people involved").isZero();
                assertThat(rs.getInt(7)).as("attachment rows").isZero();
                assertThat(rs.getInt(8)).as("routings").isEqualTo(routingsBefore);
                assertThat(rs.getString(9)).isEqualTo("FOOD");
                assertThat(rs.getTimestamp(10)).isNotNull();
            }
        }
        try (Connection db = Database.connect(); var st = db.prepareStatement(
                "SELECT COUNT(*), COUNT(e.reason) FROM routing_event e JOIN routing g ON g.id = e.routing_id"
                        + " JOIN referral r ON r.id = g.referral_id WHERE r.reference = ?")) {
            st.setString(1, reference);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("the routings' history stays").isGreaterThanOrEqualTo(2);
                assertThat(rs.getInt(2)).as("the desk's reasons and questions are blanked").isZero();
            }
        }
        List<Long> auditAfter = auditIds(reference);
        assertThat(auditAfter).containsAll(auditBefore);
        try (Connection db = Database.connect(); var st = db.prepareStatement("SELECT username, reason FROM audit_record"
                + " WHERE object_type = 'referral' AND object_id = ? AND operation = 'ERASURE'")) {
            st.setString(1, reference);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("the erasure is audited").isTrue();
                assertThat(rs.getString(1)).isEqualTo("manager");
                assertThat(rs.getString(2)).as("the reason stays on the tombstone, not in the audit trail")
                        .isEqualTo("given on the referral");
                assertThat(rs.next()).isFalse();
            }
        }

        JsonObject seen = ApiClient.object(ApiClient.as("officer.food").get("/api/referrals/" + reference));
        assertThat(seen.getString("reference")).isEqualTo(reference);
        assertThat(seen.getJsonObject("erasure").getString("by")).isEqualTo("manager");
        assertThat(seen.getString("observation")).isEmpty();
        assertThat(seen.containsKey("visitReason")).isFalse();
        assertThat(seen.getJsonArray("people")).isEmpty();
        assertThat(seen.getJsonArray("attachments")).isEmpty();
        assertThat(seen.getJsonArray("routings").getValuesAs(JsonObject.class)).anySatisfy(g -> {
            assertThat(g.getString("agency")).isEqualTo("FIRE");
            assertThat(g.getString("status")).isEqualTo("INFO_REQUESTED");
        });

        assertThat(ApiClient.as("manager").post("/api/retention/" + reference + "/erase", erase).statusCode())
                .as("erased once only").isEqualTo(400);
        assertThat(ApiClient.as("manager").post("/api/retention/" + reference + "/keep",
                decision("Changed my mind", today().plusYears(1))).statusCode()).isEqualTo(400);
    }

    /** desk.fire moves the referral's FIRE routing; returns the HTTP status. */
    private static int move(String reference, String to, String reason) throws Exception {
        JsonObject routing = ApiClient.object(ApiClient.as("desk.fire").get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("agency").equals("FIRE")).findFirst().orElseThrow();
        return ApiClient.as("desk.fire").post("/api/routings/" + routing.getJsonNumber("id").longValue()
                + "/transitions", "{\"to\": \"%s\", \"reason\": \"%s\", \"expectedVersion\": %d}".formatted(to,
                reason, routing.getJsonNumber("version").longValue())).statusCode();
    }

    private static List<Long> auditIds(String reference) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = Database.connect(); var st = db.prepareStatement(
                "SELECT id FROM audit_record WHERE object_type = 'referral' AND object_id = ? ORDER BY id")) {
            st.setString(1, reference);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
