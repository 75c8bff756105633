package org.eyesandears.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * Retention reviews of visits and source records (dataset rows) through the API against the real
 * stack, and the deletion of old unsent drafts: review dates from last activity and the owning
 * agency's period, the nightly marking, keep and erase by the owning agency's managers only,
 * erasure blanking the free text and leaving a tombstone, and audit rows with no free text.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionItemsApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String OLD = "2017-04-03T09:00:00Z";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    private static long insert(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement st = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i] instanceof Instant t ? Timestamp.from(t) : values[i]);
            }
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static long business(Connection db, String name) throws Exception {
        return insert(db, "INSERT INTO business (trading_name, address_line1, town, postcode, confirmed, created_at,"
                + " created_by) VALUES (?, '7 Kiln Road', 'Luton', 'LU1 3AA', TRUE, NOW(6), 'test')", name);
    }

    /**
     * A visit the fire service led in 2017, with free text in every place a visit holds it: risk
     * notes, a cancellation reason, another agency's decline reason, an override reason, findings and
     * a follow-up task.
     */
    private static long oldFireVisit(String marker) throws Exception {
        Instant at = Instant.parse(OLD);
        try (Connection db = Database.connect()) {
            long business = business(db, "Retention Grill " + marker);
            long visit = insert(db, "INSERT INTO visit (business_id, starts_at, ends_at, purpose, lead_agency, status,"
                    + " cancel_reason, risk_notes, created_by, created_at) VALUES (?, ?, ?, 'MIXED', 'FIRE', 'CANCELLED',"
                    + " ?, ?, 'coordinator', ?)", business, at, at.plus(2, ChronoUnit.HOURS),
                    "Cancelled: " + marker, "Risk: " + marker, at);
            insert(db, "INSERT INTO visit_agency (visit_id, agency_code, head_count, response, responded_by,"
                    + " responded_at, decline_reason) VALUES (?, 'HMRC', 1, 'DECLINED', 'desk.hmrc', ?, ?)",
                    visit, at, "Declined: " + marker);
            insert(db, "INSERT INTO visit_clash_override (visit_id, kind, detail, reason, overridden_by, overridden_at)"
                    + " VALUES (?, 'SAME_BUSINESS', 'Another visit the same week', ?, 'coordinator', ?)",
                    visit, "Override: " + marker, at);
            insert(db, "INSERT INTO visit_outcome (visit_id, agency_code, findings, recorded_by, recorded_at)"
                    + " VALUES (?, 'FIRE', ?, 'officer.fire', ?)", visit, "Findings: " + marker, at);
            insert(db, "INSERT INTO follow_up_task (visit_id, agency_code, description, owner, due_on, created_by,"
                    + " created_at) VALUES (?, 'FIRE', ?, 'officer.fire', '2017-05-01', 'officer.fire', ?)",
                    visit, "Follow up: " + marker, at);
            return visit;
        }
    }

    /** A row of a fire-service dataset first seen, last updated and linked at {@code at}. */
    private static long fireRecord(String marker, Instant at) throws Exception {
        try (Connection db = Database.connect()) {
            long business = business(db, "Retention Row " + marker);
            long dataset = insert(db, "INSERT INTO source_dataset (agency_code, name, created_at, created_by)"
                    + " VALUES ('FIRE', ?, ?, 'analyst')", "Inspections " + marker, at);
            return insert(db, "INSERT INTO source_record (dataset_id, external_id, name, address, town, postcode, phone,"
                    + " contact, business_id, link_method, linked_at, first_seen_at, updated_at)"
                    + " VALUES (?, 'R-1', ?, '7 Kiln Road', 'Luton', 'LU1 3AA', '01582 000000', ?, ?, 'NEW_BUSINESS',"
                    + " ?, ?, ?)", dataset, "Name: " + marker, "Contact: " + marker, business, at, at, at);
        }
    }

    private static JsonObject markDue() throws Exception {
        HttpResponse<String> marked = ApiClient.as("manager.fire").post("/api/retention/mark-due", "{}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        return ApiClient.object(marked);
    }

    private static List<Long> queue(String manager, String kind) throws Exception {
        HttpResponse<String> response = ApiClient.as(manager).get("/api/retention/" + kind + "/queue");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static String decision(String reason, LocalDate next) {
        return next == null ? "{\"reason\": \"" + reason + "\"}"
                : "{\"reason\": \"" + reason + "\", \"newReviewDate\": \"" + next + "\"}";
    }

    /** Audit rows about the object since {@code after}, as "OPERATION detail" lines; fails on any free text. */
    private static List<String> audited(long after, String type, long id, String... freeText) throws Exception {
        try (Connection db = Database.connect(); PreparedStatement st = db.prepareStatement(
                "SELECT operation, detail, reason FROM audit_record WHERE id > ? AND object_type = ? AND object_id = ?"
                        + " ORDER BY id")) {
            st.setLong(1, after);
            st.setString(2, type);
            st.setString(3, String.valueOf(id));
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String row = rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
                    for (String text : freeText) {
                        assertThat(row).as("no free text in audit rows").doesNotContain(text);
                    }
                    rows.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return rows;
        }
    }

    private static long lastAuditId() throws Exception {
        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anOldVisitComesDueForItsLeadAgencysManagersWhoKeepItWithAReason() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long visit = oldFireVisit(marker);
        JsonObject before = ApiClient.object(ApiClient.as("manager.fire").get("/api/retention/visits/" + visit));
        assertThat(before.getString("lastActivity")).as("the follow-up's due day is not activity; its creation is")
                .startsWith("2017-04-03T");
        assertThat(before.getInt("retentionYears")).isEqualTo(6);
        assertThat(before.getString("reviewDate")).isEqualTo("2023-04-03");
        assertThat(before.getBoolean("due")).isFalse();
        long audit = lastAuditId();

        assertThat(markDue().getInt("visitsAndSourceRecords")).isPositive();

        assertThat(queue("manager.fire", "visits")).contains(visit);
        assertThat(queue("manager", "visits")).as("the food service did not lead it").doesNotContain(visit);
        assertThat(ApiClient.as("manager").get("/api/retention/visits/" + visit).statusCode()).isEqualTo(404);
        assertThat(ApiClient.as("coordinator").get("/api/retention/visits/queue").statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("manager").post("/api/retention/visits/" + visit + "/erase",
                decision("Not ours", null)).statusCode()).as("another agency cannot erase it").isEqualTo(404);

        LocalDate next = today().plusYears(1);
        HttpResponse<String> noDate = ApiClient.as("manager.fire").post("/api/retention/visits/" + visit + "/keep",
                decision("Appeal pending", null));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains("newReviewDate");
        HttpResponse<String> kept = ApiClient.as("manager.fire").post("/api/retention/visits/" + visit + "/keep",
                decision("Appeal pending " + marker, next));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        JsonObject item = ApiClient.object(kept);
        assertThat(item.getString("reviewDate")).isEqualTo(next.toString());
        assertThat(item.getBoolean("due")).isFalse();
        assertThat(item.getString("keptBy")).isEqualTo("manager.fire");
        assertThat(item.getString("keptReason")).isEqualTo("Appeal pending " + marker);
        assertThat(queue("manager.fire", "visits")).doesNotContain(visit);
        markDue();
        assertThat(queue("manager.fire", "visits")).as("kept until a later date").doesNotContain(visit);
        assertThat(audited(audit, "visit", visit, marker)).contains(
                "ALTERATION marked due for review (review date 2023-04-03)",
                "ALTERATION retention review: kept until " + next);
    }

    @Test
    void erasingAVisitBlanksEveryFreeTextAndLeavesATombstone() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long visit = oldFireVisit(marker);
        markDue();
        assertThat(queue("manager.fire", "visits")).contains(visit);
        long audit = lastAuditId();

        HttpResponse<String> erased = ApiClient.as("manager.fire").post("/api/retention/visits/" + visit + "/erase",
                decision("Period over, nothing pending " + marker, null));

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        JsonObject tombstone = ApiClient.object(erased);
        assertThat(tombstone.getString("erasedBy")).isEqualTo("manager.fire");
        assertThat(tombstone.getString("erasureReason")).isEqualTo("Period over, nothing pending " + marker);
        assertThat(tombstone.getString("label")).startsWith("Retention Grill " + marker);
        assertThat(queue("manager.fire", "visits")).doesNotContain(visit);
        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT CONCAT_WS('|', v.risk_notes, v.cancel_reason, g.decline_reason,"
                     + " o.findings, c.reason, f.description, v.status) FROM visit v"
                     + " JOIN visit_agency g ON g.visit_id = v.id JOIN visit_outcome o ON o.visit_id = v.id"
                     + " JOIN visit_clash_override c ON c.visit_id = v.id JOIN follow_up_task f ON f.visit_id = v.id"
                     + " WHERE v.id = " + visit)) {
            assertThat(rs.next()).as("the visit and its parts remain").isTrue();
            assertThat(rs.getString(1)).doesNotContain(marker).endsWith("CANCELLED");
        }
        assertThat(ApiClient.as("manager.fire").post("/api/retention/visits/" + visit + "/erase",
                decision("Again", null)).statusCode()).as("already erased").isEqualTo(400);
        assertThat(audited(audit, "visit", visit, marker)).containsExactly(
                "ERASURE retention review: free text erased");
        JsonObject status = ApiClient.object(ApiClient.as("manager.fire").get("/api/retention/visits/" + visit));
        assertThat(status.getString("erasedAt")).isNotBlank();
    }

    @Test
    void anOldDatasetRowIsReviewedByTheDatasetsAgencyAndErasureBlanksItsDetails() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long old = fireRecord(marker, Instant.parse("2015-06-01T08:00:00Z"));
        long recent = fireRecord(marker + "b", Instant.now().minus(30, ChronoUnit.DAYS));

        markDue();

        assertThat(queue("manager.fire", "source-records")).contains(old).doesNotContain(recent);
        assertThat(queue("manager", "source-records")).doesNotContain(old);
        JsonObject item = ApiClient.object(ApiClient.as("manager.fire").get("/api/retention/source-records/" + old));
        assertThat(item.getString("reviewDate")).isEqualTo("2021-06-01");
        assertThat(item.getString("label")).isEqualTo("Inspections " + marker + " row R-1");
        long audit = lastAuditId();

        HttpResponse<String> erased = ApiClient.as("manager.fire").post("/api/retention/source-records/" + old
                + "/erase", decision("Inspection closed " + marker, null));

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, address, phone, contact, external_id FROM source_record"
                     + " WHERE id = " + old)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEmpty();
            assertThat(rs.getString("address")).isNull();
            assertThat(rs.getString("phone")).isNull();
            assertThat(rs.getString("contact")).isNull();
            assertThat(rs.getString("external_id")).as("the row remains, named by its id").isEqualTo("R-1");
        }
        assertThat(audited(audit, "source_record", old, marker)).containsExactly(
                "ERASURE retention review: free text erased");
    }

    @Test
    void unsentDraftsNotSavedForAMonthAreDeletedAndEachDeletionAudited() throws Exception {
        try (Connection db = Database.connect()) {
            insert(db, "REPLACE INTO user_setting (username, kind, content, saved_at) VALUES ('officer.food',"
                    + " 'referral-draft', '{\"observation\": \"old\"}', ?)", Instant.now().minus(31, ChronoUnit.DAYS));
            insert(db, "REPLACE INTO user_setting (username, kind, content, saved_at) VALUES ('officer.fire',"
                    + " 'referral-draft', '{\"observation\": \"fresh\"}', ?)", Instant.now().minus(29, ChronoUnit.DAYS));
        }
        long audit = lastAuditId();

        assertThat(markDue().getInt("draftsDeleted")).isGreaterThanOrEqualTo(1);

        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT username FROM user_setting WHERE kind = 'referral-draft'"
                     + " AND username IN ('officer.food', 'officer.fire')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("only the month-old draft went").isEqualTo("officer.fire");
            assertThat(rs.next()).isFalse();
        }
        try (Connection db = Database.connect(); PreparedStatement st = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_record WHERE id > ? AND operation = 'ERASURE'"
                        + " AND object_type = 'referral_draft' AND object_id = 'officer.food'")) {
            st.setLong(1, audit);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
