package org.eyesandears.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sharing agreements register: routing and feedback obey the agreement in force. */
@ExtendWith(ArquillianExtension.class)
class SharingAgreementApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static HttpResponse<String> refer(String business, String indicator) throws Exception {
        return ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "3 Market Row", "postcode": "LU1 3AB"},
                 "visitDate": "%s", "indicatorCodes": ["%s"], "observation": "Seen during inspection.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(business, today(), indicator));
    }

    private static JsonObject agreement(String from, String to) throws Exception {
        return ApiClient.array(ApiClient.as("admin").get("/api/agreements")).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("fromAgency").equals(from) && a.getString("toAgency").equals(to))
                .findFirst().orElseThrow();
    }

    /** Changes an agreement as the administrator: the current terms, adjusted. */
    private static HttpResponse<String> change(String from, String to, Consumer<JsonObjectBuilder> adjust)
            throws Exception {
        JsonObject current = agreement(from, to);
        JsonObjectBuilder terms = Json.createObjectBuilder(current).remove("inForce")
                .add("version", current.getJsonNumber("version").longValue());
        adjust.accept(terms);
        return ApiClient.as("admin").put("/api/agreements/" + from + "/" + to, terms.build().toString());
    }

    @Test
    void routingIsRefusedWhenTheAgreementHasEndedAndTheMessageNamesIt() throws Exception {
        HttpResponse<String> ended = change("FOOD", "TRADING_STD", t -> t.add("endsOn", today().minusDays(1).toString()));
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ApiClient.object(ended).getBoolean("inForce")).isFalse();
        try {
            HttpResponse<String> refused = refer("Evasive Traders", "TS_IGNORES_ADVICE");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("indicatorCodes").contains("The sharing agreement from Food safety and"
                    + " environmental health to Trading standards (ISP-2024-01, Enterprise Act 2002 Part 9 s241) ended on "
                    + today().minusDays(1) + ", so the referral cannot be routed to Trading standards.");
        } finally {
            assertThat(change("FOOD", "TRADING_STD", t -> t.addNull("endsOn")).statusCode()).isEqualTo(200);
        }
        assertThat(refer("Evasive Traders Again", "TS_IGNORES_ADVICE").statusCode())
                .as("in force again").isEqualTo(201);
    }

    @Test
    void hmrcReceivesUnderItsOwnGatewayDisclosesOnlyReceivedOrActionedAndRefersNothingOnward() throws Exception {
        JsonObject toHmrc = agreement("FOOD", "HMRC");
        assertThat(toHmrc.getBoolean("mayRefer")).isTrue();
        assertThat(toHmrc.getString("gateway")).isEqualTo("Commissioners for Revenue and Customs Act 2005");
        assertThat(toHmrc.getString("gatewayReference")).isEqualTo("s18-20");
        assertThat(toHmrc.getString("disclosureLevel")).isEqualTo("RECEIVED_ACTIONED");
        JsonObject fromHmrc = agreement("HMRC", "FIRE");
        assertThat(fromHmrc.getBoolean("mayRefer")).isFalse();

        // The HMRC desk may not refer a referral on to another agency.
        String reference = ApiClient.object(refer("Two Tills Cafe", "HMRC_TWO_TILLS")).getString("reference");
        ApiClient hmrc = ApiClient.as("desk.hmrc");
        JsonObject routing = ApiClient.object(hmrc.get("/api/referrals/" + reference)).getJsonArray("routings")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("HMRC"))
                .findFirst().orElseThrow();
        String path = "/api/routings/" + routing.getJsonNumber("id").longValue() + "/transitions";
        hmrc.post(path, "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}"
                .formatted(routing.getJsonNumber("version").longValue()));
        HttpResponse<String> onward = hmrc.post(path, "{\"to\": \"REFERRED_ON\", \"reason\": \"For fire\","
                + " \"referOnAgency\": \"FIRE\", \"expectedVersion\": %d}"
                .formatted(routing.getJsonNumber("version").longValue() + 1));

        assertThat(onward.statusCode()).isEqualTo(400);
        assertThat(onward.body()).contains("referOnAgency").contains("does not allow referrals in that direction");
    }

    @Test
    void whatADeskMayDiscloseBackFollowsTheAgreement() throws Exception {
        assertThat(change("FOOD", "FIRE", t -> t.add("disclosureLevel", "OUTCOME_ONLY")).statusCode()).isEqualTo(200);
        try {
            String reference = ApiClient.object(refer("Outcome Only Diner", "FIRE_EXITS_BLOCKED")).getString("reference");
            ApiClient fire = ApiClient.as("desk.fire");
            JsonObject routing = ApiClient.object(fire.get("/api/referrals/" + reference)).getJsonArray("routings")
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("FIRE"))
                    .findFirst().orElseThrow();
            long id = routing.getJsonNumber("id").longValue();
            long version = routing.getJsonNumber("version").longValue();
            fire.post("/api/routings/" + id + "/transitions", "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(version));

            HttpResponse<String> tooMuch = fire.post("/api/routings/" + id + "/feedback",
                    "{\"usefulness\": \"USEFUL\", \"outcomeCategory\": \"NOTICE_SERVED\", \"expectedVersion\": %d}"
                            .formatted(version + 1));
            HttpResponse<String> outcome = fire.post("/api/routings/" + id + "/feedback",
                    "{\"outcomeCategory\": \"NOTICE_SERVED\", \"expectedVersion\": %d}".formatted(version + 1));

            assertThat(tooMuch.statusCode()).isEqualTo(400);
            assertThat(tooMuch.body()).contains("Your agency may not say how useful the referral was.");
            assertThat(outcome.statusCode()).isEqualTo(200);
        } finally {
            assertThat(change("FOOD", "FIRE", t -> t.add("disclosureLevel", "FULL")).statusCode()).isEqualTo(200);
        }
    }

    /** The FIRE routing of a referral as a reader sees it. */
    private static JsonObject fireRouting(String user, String reference) throws Exception {
        return ApiClient.object(ApiClient.as(user).get("/api/referrals/" + reference)).getJsonArray("routings")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("FIRE"))
                .findFirst().orElseThrow();
    }

    /** The fire desk takes its routing of the referral into review and gives full feedback: useful, a notice served. */
    private static HttpResponse<String> fullFeedbackFromFire(String reference, String comment) throws Exception {
        ApiClient fire = ApiClient.as("desk.fire");
        JsonObject routing = fireRouting("desk.fire", reference);
        long id = routing.getJsonNumber("id").longValue();
        long version = routing.getJsonNumber("version").longValue();
        fire.post("/api/routings/" + id + "/transitions", "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(version));
        return fire.post("/api/routings/" + id + "/feedback", ("{\"usefulness\": \"USEFUL\","
                + " \"outcomeCategory\": \"NOTICE_SERVED\", \"comment\": \"%s\", \"expectedVersion\": %d}")
                .formatted(comment, version + 1));
    }

    @Test
    void feedbackGivenUnderAWiderAgreementIsShownBackOnlyWithinTheAgreementInForceNow() throws Exception {
        String reference = ApiClient.object(refer("Narrowed Noodle Bar", "FIRE_EXITS_BLOCKED")).getString("reference");
        HttpResponse<String> full = fullFeedbackFromFire(reference, "Prohibition notice served on the owner.");
        assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
        JsonObject underFull = fireRouting("officer.food", reference);
        assertThat(underFull.getString("usefulness")).isEqualTo("USEFUL");
        assertThat(underFull.getString("feedbackComment")).isEqualTo("Prohibition notice served on the owner.");

        try {
            assertThat(change("FOOD", "FIRE", t -> t.add("disclosureLevel", "OUTCOME_ONLY")).statusCode()).isEqualTo(200);
            JsonObject outcomeOnly = fireRouting("officer.food", reference);
            assertThat(outcomeOnly.getString("outcomeCategory")).isEqualTo("NOTICE_SERVED");
            assertThat(outcomeOnly.containsKey("usefulness")).as("usefulness is no longer disclosed").isFalse();
            assertThat(outcomeOnly.containsKey("feedbackComment")).as("nor the comment").isFalse();
            assertThat(ApiClient.as("manager").get("/api/referrals/" + reference).body())
                    .as("nor to the officer's managers").doesNotContain("Prohibition notice served on the owner.");

            assertThat(change("FOOD", "FIRE", t -> t.add("disclosureLevel", "RECEIVED_ACTIONED")).statusCode())
                    .isEqualTo(200);
            assertThat(fireRouting("officer.food", reference).getString("outcomeCategory"))
                    .as("a notice served reads as actioned").isEqualTo("ACTIONED");
            JsonObject ownDesk = fireRouting("desk.fire", reference);
            assertThat(ownDesk.getString("outcomeCategory")).as("the fire desk still sees its own work").isEqualTo("NOTICE_SERVED");
            assertThat(ownDesk.getString("feedbackComment")).isEqualTo("Prohibition notice served on the owner.");
        } finally {
            assertThat(change("FOOD", "FIRE", t -> t.add("disclosureLevel", "FULL")).statusCode()).isEqualTo(200);
        }
        assertThat(fireRouting("officer.food", reference).getString("usefulness")).as("wider again").isEqualTo("USEFUL");
    }

    @Test
    void aDeskTellsItsOwnAgencysOfficerEverythingWithoutAnAgreement() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.fire").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Own Agency Arcade", "addressLine1": "5 Market Row", "postcode": "LU1 3AB"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_EXITS_BLOCKED"], "observation": "Exit chained shut.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(today()))).getString("reference");
        HttpResponse<String> full = fullFeedbackFromFire(reference, "Prohibition notice served.");

        assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
    }

    @Test
    void endingAnAgreementKeepsItsTermsAndEveryChangeIsInItsHistory() throws Exception {
        JsonObject before = agreement("FOOD", "HOUSING");
        HttpResponse<String> tooEarly = ApiClient.as("admin").post("/api/agreements/FOOD/HOUSING/end",
                "{\"endsOn\": \"2020-01-01\", \"version\": " + before.getJsonNumber("version") + "}");
        HttpResponse<String> byAuditor = ApiClient.as("auditor").post("/api/agreements/FOOD/HOUSING/end",
                "{\"endsOn\": \"" + today().minusDays(1) + "\", \"version\": " + before.getJsonNumber("version") + "}");
        HttpResponse<String> ended = ApiClient.as("admin").post("/api/agreements/FOOD/HOUSING/end",
                "{\"endsOn\": \"" + today().minusDays(1) + "\", \"version\": " + before.getJsonNumber("version") + "}");
        try {
            assertThat(tooEarly.statusCode()).isEqualTo(400);
            assertThat(tooEarly.body()).contains("endsOn").contains("cannot end before it starts");
            assertThat(byAuditor.statusCode()).isEqualTo(403);
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            JsonObject after = ApiClient.object(ended);
            assertThat(after.getBoolean("inForce")).isFalse();
            assertThat(after.getString("gateway")).isEqualTo(before.getString("gateway"));
            assertThat(after.getString("documentReference")).isEqualTo(before.getString("documentReference"));
            assertThat(refer("Ended Agreement Lettings", "DC_LOCKED_ROOMS").body())
                    .contains("ended on " + today().minusDays(1));
        } finally {
            assertThat(change("FOOD", "HOUSING", t -> t.addNull("endsOn")).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> history = ApiClient.as("auditor").get("/api/agreements/FOOD/HOUSING/history");
        assertThat(history.statusCode()).isEqualTo(200);
        List<JsonObject> changes = ApiClient.array(history).getValuesAs(JsonObject.class);
        assertThat(changes).extracting(c -> c.getString("kind")).startsWith("CHANGED", "ENDED").endsWith("RECORDED");
        assertThat(changes.get(0).containsKey("endsOn")).as("the newest entry: open-ended again").isFalse();
        assertThat(changes.get(1).getString("endsOn")).isEqualTo(today().minusDays(1).toString());
        assertThat(changes.get(1).getString("changedBy")).isEqualTo("admin");
        assertThat(ApiClient.as("officer.food").get("/api/agreements/FOOD/HOUSING/history").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsChangeAgreementsAndTheirInputIsChecked() throws Exception {
        JsonObject current = agreement("FOOD", "POLICE");
        HttpResponse<String> byOfficer = ApiClient.as("officer.food").put("/api/agreements/FOOD/POLICE",
                Json.createObjectBuilder(current).add("mayRefer", false).build().toString());
        HttpResponse<String> invalid = ApiClient.as("admin").put("/api/agreements/FOOD/POLICE",
                "{\"mayRefer\": true, \"gateway\": \"\", \"gatewayReference\": \"s115\", \"disclosureLevel\": \"FULL\","
                        + " \"startsOn\": \"2026-01-10\", \"endsOn\": \"2026-01-01\", \"documentReference\": \"ISP\","
                        + " \"version\": " + current.getJsonNumber("version").longValue() + "}");

        assertThat(byOfficer.statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("officer.food").get("/api/agreements").statusCode()).isEqualTo(403);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("gateway").contains("The agreement cannot end before it starts.");
        assertThat(agreement("FOOD", "POLICE").getBoolean("mayRefer")).isTrue();
    }
}
