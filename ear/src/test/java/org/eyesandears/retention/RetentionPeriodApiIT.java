package org.eyesandears.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
 * An administrator sets an agency's retention period; review dates follow at once, the nightly
 * marking puts what became due on the queue, and both the change and each marking are audited.
 * Uses the fire service (no other retention test writes its referrals) and puts its period back.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPeriodApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static HttpResponse<String> setFire(String user, String body) throws Exception {
        return ApiClient.as(user).put("/api/agencies/FIRE/retention", body);
    }

    private static int fireYears() throws Exception {
        return ApiClient.array(ApiClient.as("officer.fire").get("/api/agencies")).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("FIRE")).findFirst().orElseThrow().getInt("retentionYears");
    }

    private static List<String> audit(String objectType, String objectId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = Database.connect();
             var st = db.prepareStatement("SELECT username, operation, detail, reason FROM audit_record"
                     + " WHERE object_type = ? AND object_id = ? ORDER BY id")) {
            st.setString(1, objectType);
            st.setString(2, objectId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " / " + rs.getString(4));
                }
            }
        }
        return rows;
    }

    @Test
    void aShorterPeriodMovesReviewDatesAtOnceAndTheMarkingPutsTheOldReferralOnTheQueue() throws Exception {
        assertThat(fireYears()).isEqualTo(6);
        String recent = RetentionApiIT.submit("officer.fire", "Period Pizza", "IMM_WORKERS_LIVING");
        String old = RetentionApiIT.submit("officer.fire", "Period Pasta", "IMM_WORKERS_LIVING");
        RetentionApiIT.backdate(old, "2023-03-01T10:00:00Z", null);
        try {
            HttpResponse<String> set = setFire("admin", "{\"years\": 2, \"reason\": \"Board decision 14/2026\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            assertThat(ApiClient.object(set).getInt("retentionYears")).isEqualTo(2);
            assertThat(fireYears()).isEqualTo(2);

            JsonObject status = ApiClient.object(ApiClient.as("manager.fire").get("/api/retention/" + recent));
            assertThat(status.getInt("retentionYears")).isEqualTo(2);
            assertThat(status.getString("reviewDate")).as("two years after today's submission")
                    .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusYears(2).toString());

            assertThat(ApiClient.as("admin").post("/api/retention/mark-due", "{}").statusCode()).isEqualTo(200);
            List<String> queue = ApiClient.array(ApiClient.as("manager.fire").get("/api/retention/queue"))
                    .getValuesAs(JsonObject.class).stream().map(i -> i.getString("reference")).toList();
            assertThat(queue).contains(old).doesNotContain(recent);
            assertThat(audit("referral", old)).as("the marking is an alteration of the referral")
                    .anyMatch(a -> a.startsWith("admin ALTERATION marked due for review (review date 2025-03-01)"));
            long change;
            try (Connection db = Database.connect(); var st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, years_before, years_after, reason, changed_by FROM retention_period_change"
                            + " WHERE agency_code = 'FIRE' ORDER BY id DESC LIMIT 1")) {
                assertThat(rs.next()).as("the change is kept with the administrator's reason").isTrue();
                change = rs.getLong(1);
                assertThat(List.of(rs.getInt(2), rs.getInt(3))).containsExactly(6, 2);
                assertThat(rs.getString(4)).isEqualTo("Board decision 14/2026");
                assertThat(rs.getString(5)).isEqualTo("admin");
            }
            assertThat(audit("agency", "FIRE")).as("the change and its numbers, naming the change; never the reason")
                    .contains("admin ALTERATION retention period 6 -> 2 years / given in retention period change " + change)
                    .noneMatch(a -> a.contains("Board decision"));
        } finally {
            assertThat(setFire("admin", "{\"years\": 6, \"reason\": \"Test over\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void badPeriodsAreRefusedByFieldAndOnlyAdministratorsMaySetOne() throws Exception {
        HttpResponse<String> zero = setFire("admin", "{\"years\": 0, \"reason\": \"Keep nothing\"}");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body()).contains("\"years\"").contains("from 1 to 100");
        HttpResponse<String> noReason = setFire("admin", "{\"years\": 7}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
        HttpResponse<String> unknown = ApiClient.as("admin").put("/api/agencies/NOPE/retention",
                "{\"years\": 7, \"reason\": \"Typo\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("There is no agency with the code NOPE.");
        for (String user : List.of("manager.fire", "officer.fire", "auditor")) {
            assertThat(setFire(user, "{\"years\": 7, \"reason\": \"Mine\"}").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(fireYears()).isEqualTo(6);
    }
}
