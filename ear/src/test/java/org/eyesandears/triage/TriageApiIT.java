package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** The desks' triage through the API: the state machine, concurrent work, limited feedback, visibility. */
@ExtendWith(ArquillianExtension.class)
class TriageApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    /** A referral by officer.food ticking the given indicators; returns its reference. */
    private static String referral(String business, String... indicators) throws Exception {
        String codes = String.join(",", java.util.Arrays.stream(indicators).map(c -> "\"" + c + "\"").toList());
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "1 Mill Street", "postcode": "LU1 1AA"},
                 "visitDate": "%s", "indicatorCodes": [%s], "observation": "Seen during inspection.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(business, LocalDate.now(ZoneId.of("Europe/London")), codes));
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiClient.object(response).getString("reference");
    }

    /** The routing of a referral to an agency, as the given user sees it. */
    private static JsonObject routing(String user, String reference, String agency) throws Exception {
        return ApiClient.object(ApiClient.as(user).get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals(agency)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> move(ApiClient desk, JsonObject routing, String to, String reason)
            throws Exception {
        return desk.post("/api/routings/" + routing.getJsonNumber("id").longValue() + "/transitions",
                "{\"to\": \"%s\", \"reason\": %s, \"expectedVersion\": %d}".formatted(to,
                        reason == null ? "null" : "\"" + reason + "\"", routing.getJsonNumber("version").longValue()));
    }

    @Test
    void aDeskWorksARoutingFromNewToClosedAndTheOfficerSeesTheFeedback() throws Exception {
        String reference = referral("Triage Takeaway", "IMM_WORKERS_LIVING");
        ApiClient desk = ApiClient.as("desk.immigration");

        List<JsonObject> inbox = ApiClient.array(desk.get("/api/inbox?status=NEW&max=200")).getValuesAs(JsonObject.class);
        JsonObject item = inbox.stream().filter(i -> i.getString("reference").equals(reference)).findFirst().orElseThrow();
        assertThat(item.getString("businessName")).isEqualTo("Triage Takeaway");
        assertThat(item.getJsonArray("indicators").getString(0)).isEqualTo("Several workers living at or above the premises");
        assertThat(item.getString("referringAgency")).isEqualTo("FOOD");

        HttpResponse<String> review = move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "IN_REVIEW", null);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(ApiClient.object(review).getString("assignee")).isEqualTo("desk.immigration");

        assertThat(move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "INFO_REQUESTED",
                "How many people were living there?").statusCode()).isEqualTo(200);
        JsonObject asked = routing("officer.food", reference, "IMMIGRATION");
        assertThat(asked.getString("question")).isEqualTo("How many people were living there?");
        HttpResponse<String> answered = ApiClient.as("officer.food").post(
                "/api/routings/" + asked.getJsonNumber("id").longValue() + "/answer", "{\"answer\": \"At least four.\"}");
        assertThat(ApiClient.object(answered).getString("status")).isEqualTo("IN_REVIEW");

        assertThat(move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "ACCEPTED", "Taken on").statusCode())
                .isEqualTo(200);
        HttpResponse<String> earlyClose = move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "CLOSED", null);
        assertThat(earlyClose.statusCode()).isEqualTo(400);
        assertThat(earlyClose.body()).contains("Give the referring officer feedback before closing.");

        JsonObject accepted = routing("desk.immigration", reference, "IMMIGRATION");
        HttpResponse<String> feedback = desk.post("/api/routings/" + accepted.getJsonNumber("id").longValue() + "/feedback",
                "{\"usefulness\": \"USEFUL\", \"outcomeCategory\": \"WARRANT_OBTAINED\", \"comment\": \"Visit planned.\", \"expectedVersion\": %d}"
                        .formatted(accepted.getJsonNumber("version").longValue()));
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "CLOSED", "Done").statusCode())
                .isEqualTo(200);

        JsonObject seenByOfficer = routing("officer.food", reference, "IMMIGRATION");
        assertThat(seenByOfficer.getString("status")).isEqualTo("CLOSED");
        assertThat(seenByOfficer.getString("usefulness")).isEqualTo("USEFUL");
        assertThat(seenByOfficer.getString("outcomeCategory")).isEqualTo("WARRANT_OBTAINED");
        assertThat(seenByOfficer.getString("feedbackComment")).isEqualTo("Visit planned.");

        // The audit trail holds ids and fixed phrases: not the desk's question, and the feedback
        // disclosure names the receiving agency, not the officer.
        try (var db = Database.connect(); var st = db.prepareStatement("SELECT detail, reason FROM audit_record"
                + " WHERE object_type = 'routing' AND object_id = ? ORDER BY id")) {
            st.setString(1, String.valueOf(accepted.getJsonNumber("id").longValue()));
            List<String> rows = new java.util.ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString("detail") + " | " + rs.getString("reason"));
                }
            }
            assertThat(rows).contains("IN_REVIEW to INFO_REQUESTED | information requested", "feedback to FOOD | null")
                    .noneMatch(r -> r.contains("How many people") || r.contains("officer.food"));
        }
    }

    @Test
    void anIllegalMoveIsRefusedWithWhatIsPossible() throws Exception {
        String reference = referral("Illegal Move Cafe", "FIRE_EXITS_BLOCKED");

        HttpResponse<String> response = move(ApiClient.as("desk.fire"), routing("desk.fire", reference, "FIRE"),
                "ACCEPTED", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("A routing that is new cannot become accepted. It can become: in review.");
    }

    @Test
    void theSecondOfTwoDeskOfficersActingOnTheSameVersionIsToldWhoWon() throws Exception {
        String reference = referral("Race Condition Diner", "FIRE_SLEEPING");
        JsonObject seen = routing("desk.fire", reference, "FIRE");

        HttpResponse<String> first = move(ApiClient.as("desk.fire"), seen, "IN_REVIEW", null);
        HttpResponse<String> second = move(ApiClient.as("desk.fire"), seen, "IN_REVIEW", null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(ApiClient.object(second).getString("message"))
                .startsWith("Changed by desk.fire at ").contains("It is now IN_REVIEW");
        assertThat(routing("desk.fire", reference, "FIRE").getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void hmrcMayOnlySayReceivedOrActionedAndTheOfficerSeesOnlyThat() throws Exception {
        String reference = referral("Two Tills Grocer", "HMRC_TWO_TILLS", "DC_PESTS");
        ApiClient hmrc = ApiClient.as("desk.hmrc");
        move(hmrc, routing("desk.hmrc", reference, "HMRC"), "IN_REVIEW", null);
        JsonObject inReview = routing("desk.hmrc", reference, "HMRC");
        String path = "/api/routings/" + inReview.getJsonNumber("id").longValue() + "/feedback";
        long version = inReview.getJsonNumber("version").longValue();

        HttpResponse<String> tooMuch = hmrc.post(path, "{\"usefulness\": \"USEFUL\", \"outcomeCategory\": \"ARREST\", \"comment\": \"Raid\", \"expectedVersion\": %d}".formatted(version));
        HttpResponse<String> allowed = hmrc.post(path, "{\"outcomeCategory\": \"ACTIONED\", \"expectedVersion\": %d}".formatted(version));

        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("Your agency may only say that the referral was received or actioned.",
                "Your agency may not say how useful the referral was.", "Your agency may not send a comment with its feedback.");
        assertThat(allowed.statusCode()).isEqualTo(200);
        JsonObject seenByOfficer = routing("officer.food", reference, "HMRC");
        assertThat(seenByOfficer.getString("outcomeCategory")).isEqualTo("ACTIONED");
        assertThat(seenByOfficer).doesNotContainKeys("usefulness", "feedbackComment");
        assertThat(routing("manager", reference, "HMRC").getString("outcomeCategory"))
                .as("the author's agency manager").isEqualTo("ACTIONED");
    }

    @Test
    void onlyTheReceivingDeskSeesAndActsOnItsRouting() throws Exception {
        String reference = referral("Other Desks Bakery", "IMM_NERVOUS_WORKERS", "HMRC_POOR_RECORDS");
        JsonObject immigration = routing("desk.immigration", reference, "IMMIGRATION");

        HttpResponse<String> otherDesk = move(ApiClient.as("desk.hmrc"), immigration, "IN_REVIEW", null);
        HttpResponse<String> notRouted = move(ApiClient.as("desk.fire"), immigration, "IN_REVIEW", null);
        List<JsonObject> fireInbox = ApiClient.array(ApiClient.as("desk.fire").get("/api/inbox?max=200"))
                .getValuesAs(JsonObject.class);
        HttpResponse<String> officerInbox = ApiClient.as("officer.food").get("/api/inbox");

        assertThat(otherDesk.statusCode()).isEqualTo(404);
        assertThat(notRouted.statusCode()).isEqualTo(404);
        assertThat(fireInbox).noneMatch(i -> i.getString("reference").equals(reference));
        assertThat(officerInbox.statusCode()).isEqualTo(403);
    }

    @Test
    void overdueRoutingsAreCountedForManagersOnly() throws Exception {
        long before = overdue("HSE");
        String reference = referral("Overdue Garage", "FIRE_EXITS_BLOCKED");
        try (var db = org.eyesandears.it.Database.connect();
             var late = db.prepareStatement("UPDATE routing g JOIN referral r ON r.id = g.referral_id"
                     + " SET g.agency_code = 'HSE', g.first_decision_due = CURDATE() - INTERVAL 1 DAY"
                     + " WHERE r.reference = ?")) {
            late.setString(1, reference);
            assertThat(late.executeUpdate()).isEqualTo(1);
        }

        assertThat(overdue("HSE")).isEqualTo(before + 1);
        assertThat(ApiClient.array(ApiClient.as("manager").get("/api/overdue")).getValuesAs(JsonObject.class))
                .as("a FOOD manager sees FOOD's row only").noneMatch(o -> o.getString("agency").equals("HSE"));
        assertThat(ApiClient.as("desk.fire").get("/api/overdue").statusCode()).isEqualTo(403);
    }

    /** Overdue count of an agency as the partnership manager (who sees every agency) reads it. */
    private static long overdue(String agency) throws Exception {
        HttpResponse<String> response = ApiClient.as("manager.partnership").get("/api/overdue");
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("agency").equals(agency))
                .mapToLong(o -> o.getJsonNumber("awaitingDecision").longValue()).sum();
    }

    @Test
    void aDeskReferringOnMakesARoutingForTheOtherAgency() throws Exception {
        String reference = referral("Referred On Cars", "IMM_NOT_SPEAKING");
        ApiClient desk = ApiClient.as("desk.immigration");
        move(desk, routing("desk.immigration", reference, "IMMIGRATION"), "IN_REVIEW", null);
        JsonObject inReview = routing("desk.immigration", reference, "IMMIGRATION");

        HttpResponse<String> response = desk.post("/api/routings/" + inReview.getJsonNumber("id").longValue() + "/transitions",
                "{\"to\": \"REFERRED_ON\", \"reason\": \"Police matter\", \"referOnAgency\": \"POLICE\", \"expectedVersion\": %d}"
                        .formatted(inReview.getJsonNumber("version").longValue()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(routing("officer.food", reference, "POLICE").getString("status")).isEqualTo("NEW");
        assertThat(routing("officer.food", reference, "IMMIGRATION").getString("status")).isEqualTo("REFERRED_ON");
    }
}
