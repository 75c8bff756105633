package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refused requests leave a trace: a signed-in user probing other agencies' referrals through the
 * API, a page or an attachment address, or a role's refusal, is recorded as ACCESS_DENIED with who,
 * what and when, and the auditor finds it by user and operation (ADR 0018).
 */
@ExtendWith(ArquillianExtension.class)
class AccessDeniedAuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String fireReferral() throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Probed Pizzeria %s", "addressLine1": "1 Probe Street", "postcode": "LU1 1PS"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Beds in the cellar.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(UUID.randomUUID().toString().substring(0, 6), LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getString("reference");
    }

    /** What the auditor finds of a user's refusals, newest first, as "objectType objectId channel detail". */
    private static List<String> refusalsOf(String user) throws Exception {
        HttpResponse<String> found = ApiClient.as("auditor").get("/api/audit/records?user=" + user
                + "&operation=ACCESS_DENIED&max=500");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return ApiClient.array(found).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("objectType") + " " + e.getString("objectId") + " " + e.getString("channel") + " "
                        + e.getString("detail"))
                .toList();
    }

    @Test
    void aDeskProbingAnotherAgencysReferralsThroughTheApiPagesAndAttachmentsLeavesATraceForTheAuditor()
            throws Exception {
        String reference = fireReferral();
        ApiClient hmrc = ApiClient.as("desk.hmrc");
        String next = reference.substring(0, reference.lastIndexOf('-') + 1) + "999999";

        assertThat(hmrc.get("/api/referrals/" + reference).statusCode()).isEqualTo(404);
        assertThat(hmrc.get("/api/referrals/" + next).statusCode()).isEqualTo(404);
        assertThat(hmrc.get("/referral/detail.xhtml?ref=" + reference, "text/html").statusCode()).isEqualTo(404);
        assertThat(hmrc.download("/attachments/987654321").statusCode()).isEqualTo(404);
        assertThat(hmrc.get("/api/audit/records?user=desk.fire").statusCode()).as("a role refused").isEqualTo(403);

        assertThat(refusalsOf("desk.hmrc")).contains(
                "referral " + reference + " API GET /api/referrals/" + reference + " answered 404",
                "referral " + next + " API GET /api/referrals/" + next + " answered 404",
                "page referral/detail " + reference + " UI GET /referral/detail.xhtml for " + reference + " answered 404",
                "attachment 987654321 UI GET /attachments/987654321 answered 404",
                "audit records API GET /api/audit/records answered 403");
        // The desk the referral went to reads it: no refusal.
        assertThat(ApiClient.as("desk.fire").get("/api/referrals/" + reference).statusCode()).isEqualTo(200);
        assertThat(refusalsOf("desk.fire")).noneMatch(r -> r.contains(reference));
    }

    @Test
    void aPageThatTheWebXmlConstraintsRefuseIsRecordedToo() throws Exception {
        HttpResponse<String> refused = ApiClient.as("officer.fire").get("/admin/agreements.xhtml", "text/html");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refusalsOf("officer.fire")).contains("page admin/agreements - UI GET /admin/agreements.xhtml answered 403");
    }
}
