package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * Every reason people type goes to the object it explains, never into the append-only audit trail,
 * where erasure could not reach it (ADR 0018): a unique canary is typed as each kind of reason
 * (a desk's move and question, a visit's clash override, decline and cancellation, a manager's
 * keep and erase, an administrator's retention period change), each is shown to be kept where it
 * belongs, and no audit record may contain any of them.
 */
@ExtendWith(ArquillianExtension.class)
class AuditRecordsHoldNoFreeTextIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String canary(String what) {
        return "CANARY-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String referral(String business, String indicator) throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "9 Canary Wharf Road", "postcode": "LU1 9AW"},
                 "visitDate": "%s", "indicatorCodes": ["%s"], "observation": "Mattresses upstairs.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(business + " " + UUID.randomUUID().toString().substring(0, 6), LocalDate.now(LONDON),
                indicator));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getString("reference");
    }

    private static JsonObject routing(String user, String reference, String agency) throws Exception {
        return ApiClient.object(ApiClient.as(user).get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals(agency)).findFirst().orElseThrow();
    }

    private static void move(String reference, String to, String reason) throws Exception {
        JsonObject routing = routing("desk.fire", reference, "FIRE");
        HttpResponse<String> moved = ApiClient.as("desk.fire").post("/api/routings/" + routing.getJsonNumber("id")
                + "/transitions", "{\"to\": \"%s\", \"reason\": \"%s\", \"expectedVersion\": %d}".formatted(to, reason,
                routing.getJsonNumber("version").longValue()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    private static long business(String name) throws Exception {
        return Database.business(name, "3 Canary Row", "Luton", "LU2 3AR");
    }

    private static long visit(long business, int days, String participants, String extra) throws Exception {
        Instant start = LocalDate.now(LONDON).plusDays(days).atTime(10, 0).atZone(LONDON).toInstant();
        HttpResponse<String> planned = ApiClient.as("coordinator").post("/api/visits", """
                {"businessId": %d, "startsAt": "%s", "endsAt": "%s", "purpose": "MIXED", "leadAgency": "LICENSING",
                 "participants": [%s], "officers": [], "riskNotes": "none"%s}
                """.formatted(business, start, start.plus(2, ChronoUnit.HOURS), participants,
                extra == null ? "" : ", " + extra));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return ApiClient.object(planned).getJsonNumber("id").longValue();
    }

    /** The audit records whose detail or reason contain {@code text}. */
    private static List<String> auditRowsContaining(String text) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = Database.connect(); PreparedStatement st = db.prepareStatement(
                "SELECT id, detail, reason FROM audit_record WHERE detail LIKE ? OR reason LIKE ? OR object_id LIKE ?")) {
            for (int i = 1; i <= 3; i++) {
                st.setString(i, "%" + text + "%");
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + ": " + rs.getString(2) + " / " + rs.getString(3));
                }
            }
        }
        return rows;
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection db = Database.connect(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void noReasonAnyoneTypesReachesAnAuditRecordAndEachIsKeptWithItsObject() throws Exception {
        List<String> canaries = new ArrayList<>();

        // A desk's reason for a move, and its question to the officer.
        String triaged = referral("Canary Triage Cafe", "FIRE_SLEEPING");
        String moveReason = canary("move");
        String question = canary("question");
        move(triaged, "IN_REVIEW", moveReason);
        move(triaged, "INFO_REQUESTED", question);
        assertThat(count("SELECT COUNT(*) FROM routing_event WHERE reason = ?", moveReason)).isEqualTo(1);
        canaries.addAll(List.of(moveReason, question));

        // A visit's clash override, an invited agency's decline and the planner's cancellation.
        long shop = business("Canary Clash Grill " + UUID.randomUUID().toString().substring(0, 6));
        visit(shop, 50, "", null);
        String override = canary("override");
        long second = visit(shop, 52, "{\"agencyCode\": \"FIRE\"}", "\"overrideReason\": \"" + override + "\"");
        assertThat(count("SELECT COUNT(*) FROM visit_clash_override WHERE reason = ?", override)).isPositive();
        String decline = canary("decline");
        assertThat(ApiClient.as("desk.fire").post("/api/visits/" + second + "/responses",
                "{\"accept\": false, \"reason\": \"" + decline + "\"}").statusCode()).isEqualTo(204);
        long version = ApiClient.object(ApiClient.as("coordinator").get("/api/visits/" + second))
                .getJsonObject("summary").getJsonNumber("version").longValue();
        String cancellation = canary("cancel");
        HttpResponse<String> cancelled = ApiClient.as("coordinator").post("/api/visits/" + second + "/cancel",
                "{\"expectedVersion\": " + version + ", \"reason\": \"" + cancellation + "\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
        assertThat(count("SELECT COUNT(*) FROM visit WHERE cancel_reason = ?", cancellation)).isEqualTo(1);
        canaries.addAll(List.of(override, decline, cancellation));

        // A manager keeps one referral and erases another, each with a reason.
        String kept = referral("Canary Keep Kebab", "FIRE_SLEEPING");
        String keepReason = canary("keep");
        HttpResponse<String> keep = ApiClient.as("manager").post("/api/retention/" + kept + "/keep",
                "{\"reason\": \"" + keepReason + "\", \"newReviewDate\": \"" + LocalDate.now(LONDON).plusYears(1) + "\"}");
        assertThat(keep.statusCode()).as(keep.body()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM referral WHERE review_reason = ?", keepReason)).isEqualTo(1);
        String erased = referral("Canary Erase Eatery", "FIRE_SLEEPING");
        String eraseReason = canary("erase");
        HttpResponse<String> erase = ApiClient.as("manager").post("/api/retention/" + erased + "/erase",
                "{\"reason\": \"" + eraseReason + "\"}");
        assertThat(erase.statusCode()).as(erase.body()).isEqualTo(200);
        canaries.addAll(List.of(keepReason, eraseReason));

        // An administrator's reason for an agency's retention period (set to what it is).
        String periodReason = canary("period");
        HttpResponse<String> period = ApiClient.as("admin").put("/api/agencies/FIRE/retention",
                "{\"years\": 6, \"reason\": \"" + periodReason + "\"}");
        assertThat(period.statusCode()).as(period.body()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM retention_period_change WHERE reason = ?", periodReason)).isEqualTo(1);
        canaries.add(periodReason);

        // Each action was audited, saying where its reason is kept ...
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE object_type = 'routing' AND reason LIKE ?",
                "given in routing event %")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE object_type = 'visit' AND object_id = ?"
                + " AND reason IS NOT NULL", String.valueOf(second))).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE object_type = 'referral' AND object_id = ?"
                + " AND reason = 'given on the referral'", erased)).isEqualTo(1);
        // ... and not one audit record holds any of the reasons.
        for (String c : canaries) {
            assertThat(auditRowsContaining(c)).as(c).isEmpty();
        }
        assertThat(auditRowsContaining("CANARY-")).as("no canary at all").isEmpty();
    }
}
