package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Regression tests for the side paths of issue 13, each written from the expected-visibility table
 * of docs/security.md: reasons on visits, agency interest, a manager without an agency, onward
 * referral chains, other agencies' dataset rows, who may change a visit or complete it, and typed
 * input that used to reach the database or the server's error page.
 */
@ExtendWith(ArquillianExtension.class)
class SidePathsIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @BeforeAll
    static void everyoneHasSignedInOnce() throws Exception {
        for (String user : List.of("officer.food", "officer.fire", "coordinator", "desk.fire", "desk.hmrc",
                "desk.immigration")) {
            assertThat(ApiClient.as(user).get("/api/me").statusCode()).isEqualTo(200);
        }
    }

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Instant at(int days, int hour) {
        return LocalDate.now(LONDON).plusDays(days).atTime(hour, 0).atZone(LONDON).toInstant();
    }

    private static long business(String name) throws Exception {
        return Database.business(name, "3 Side Street", "Luton", "LU1 2SP");
    }

    private static long visit(String planner, long business, int days, String lead, String participants)
            throws Exception {
        Instant start = at(days, 10);
        HttpResponse<String> created = ApiClient.as(planner).post("/api/visits", """
                {"businessId": %d, "startsAt": "%s", "endsAt": "%s", "purpose": "MIXED", "leadAgency": "%s",
                 "participants": [%s], "officers": [], "riskNotes": "Dog on the premises"}
                """.formatted(business, start, start.plus(2, ChronoUnit.HOURS), lead, participants));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.object(created).getJsonNumber("id").longValue();
    }

    private static JsonObject visitAs(String user, long id) throws Exception {
        HttpResponse<String> response = ApiClient.as(user).get("/api/visits/" + id);
        assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    private static long version(long visit) throws Exception {
        return visitAs("coordinator", visit).getJsonObject("summary").getJsonNumber("version").longValue();
    }

    @Test
    void aDeclineReasonReachesOnlyTheDecliningAgencyThePlannerAndTheLeadAndACancelReasonOnlyThoseTakingPart()
            throws Exception {
        long shop = business(unique("Side Path Kebabs"));
        long id = visit("coordinator", shop, 20, "LICENSING",
                "{\"agencyCode\": \"FIRE\"}, {\"agencyCode\": \"HMRC\"}");
        String declined = unique("HMRC has an investigation open on the owner");
        HttpResponse<String> answer = ApiClient.as("desk.hmrc").post("/api/visits/" + id + "/responses",
                "{\"accept\": false, \"reason\": \"" + declined + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 204);

        assertThat(ApiClient.as("desk.hmrc").get("/api/visits/" + id).body()).as("the declining agency").contains(declined);
        assertThat(ApiClient.as("coordinator").get("/api/visits/" + id).body()).as("planner, lead").contains(declined);
        assertThat(ApiClient.as("desk.fire").get("/api/visits/" + id).body()).as("another participant")
                .doesNotContain(declined).contains("DECLINED");
        assertThat(ApiClient.as("officer.food").get("/api/visits/" + id).body()).as("an agency taking no part")
                .doesNotContain(declined);

        String cancelled = unique("Owner tipped off; visit called off");
        HttpResponse<String> cancel = ApiClient.as("coordinator").post("/api/visits/" + id + "/cancel",
                "{\"expectedVersion\": " + version(id) + ", \"reason\": \"" + cancelled + "\"}");
        assertThat(cancel.statusCode()).as(cancel.body()).isIn(200, 204);

        assertThat(ApiClient.as("desk.fire").get("/api/visits/" + id).body()).as("taking part").contains(cancelled);
        assertThat(ApiClient.as("officer.food").get("/api/visits/" + id).body()).as("no part").doesNotContain(cancelled);
        assertThat(ApiClient.as("desk.hmrc").get("/api/visits/" + id).body()).as("declined").doesNotContain(cancelled);
        byte[] briefing = ApiClient.as("desk.immigration").download("/api/visits/" + id + "/briefing.pdf",
                "application/pdf").body();
        try (PDDocument pdf = Loader.loadPDF(briefing)) {
            assertThat(new PDFTextStripper().getText(pdf)).as("the briefing of an agency taking no part")
                    .contains("Side Path Kebabs").doesNotContain(cancelled.substring(cancelled.length() - 8));
        }
    }

    @Test
    void onlyThePlannerAndTheLeadAgencysCoordinatorsChangeAVisitAndOnlyAnAgencyThatAcceptedCompletesIt()
            throws Exception {
        long shop = business(unique("Write Scope Nails"));
        long officers = visit("officer.food", shop, 25, "FOOD", "");
        HttpResponse<String> takeOver = ApiClient.as("coordinator").post("/api/visits/" + officers, """
                {"startsAt": "%s", "endsAt": "%s", "purpose": "MIXED", "leadAgency": "FOOD",
                 "participants": [{"agencyCode": "LICENSING"}], "officers": [], "expectedVersion": %d}
                """.formatted(at(25, 10), at(25, 12), visitAs("officer.food", officers).getJsonObject("summary")
                .getJsonNumber("version").longValue()));
        assertThat(takeOver.statusCode()).as("another agency's coordinator adding their agency").isEqualTo(404);
        assertThat(visitAs("coordinator", officers).getBoolean("details")).as("still no details for Licensing").isFalse();

        long yesterday = visit("coordinator", shop, -1, "LICENSING", "{\"agencyCode\": \"FIRE\"}");
        String outcome = "{\"concernsFound\": false, \"findings\": \"Exits clear\", \"arrests\": 0, \"notices\": 0, \"seizures\": 0}";
        HttpResponse<String> invitedOnly = ApiClient.as("officer.fire").post("/api/visits/" + yesterday + "/outcomes", outcome);
        assertThat(invitedOnly.statusCode()).as(invitedOnly.body()).isEqualTo(400);
        assertThat(visitAs("coordinator", yesterday).getJsonObject("summary").getString("status")).isNotEqualTo("DONE");

        assertThat(ApiClient.as("desk.fire").post("/api/visits/" + yesterday + "/responses", "{\"accept\": true}")
                .statusCode()).isIn(200, 204);
        HttpResponse<String> accepted = ApiClient.as("officer.fire").post("/api/visits/" + yesterday + "/outcomes", outcome);
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 201);
    }

    @Test
    void anotherAgencysInterestIsNamedOnlyWhereItsAgreementSharesItAndARestrictedAgencysNotEvenCounted()
            throws Exception {
        String name = unique("Interest Car Wash");
        HttpResponse<String> sent = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "9 Interest Row", "town": "Luton",
                                 "postcode": "LU2 7AB"},
                 "visitDate": "%s", "visitReason": "Routine food hygiene inspection",
                 "indicatorCodes": ["FIRE_EXITS_BLOCKED", "IMM_WORKERS_LIVING"],
                 "observation": "Fire exit padlocked; six mattresses upstairs.", "people": [],
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(name, LocalDate.now(LONDON)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long business = ApiClient.object(sent).getJsonObject("business").getJsonNumber("id").longValue();

        String forCoordinator = ApiClient.as("coordinator").get("/api/visits/suggestions?businessId=" + business).body();
        assertThat(forCoordinator).as("a coordinator names agencies that share their interest")
                .contains("\"FIRE\"").doesNotContain("IMMIGRATION").doesNotContain("Immigration");

        HttpResponse<String> forOfficer = ApiClient.as("officer.fire").get("/api/visits/suggestions?businessId=" + business);
        assertThat(forOfficer.body()).as("an officer learns of its own agency's interest only by name")
                .contains("\"FIRE\"").doesNotContain("IMMIGRATION").doesNotContain("Immigration");

        // Food (the referring agency) and Housing share their interest with Fire; Immigration does not.
        JsonObject page = ApiClient.object(ApiClient.as("desk.fire").get("/api/businesses/" + business));
        assertThat(page.getJsonArray("agencies").getValuesAs(jakarta.json.JsonString.class))
                .as("a desk names only its own agency").extracting(jakarta.json.JsonString::getString)
                .containsExactly("Fire and rescue (fire protection)");
        assertThat(page.getInt("otherAgencies")).as("Food and Housing, unnamed; Immigration not even counted")
                .isEqualTo(2);
        assertThat(page.toString()).doesNotContain("Immigration");
        assertThat(ApiClient.as("coordinator").get("/api/businesses/" + business).body())
                .contains("Food safety").contains("Fire and rescue").doesNotContain("Immigration");
        assertThat(ApiClient.as("desk.immigration").get("/api/businesses/" + business).body())
                .as("Immigration knows its own interest").contains("Home Office Immigration Enforcement");
    }

    @Test
    void aManagerWithoutAnAgencyClaimSeesNothingUnlessGivenThePartnershipRole() throws Exception {
        KeycloakAdmin keycloak = KeycloakAdmin.signIn();
        String username = "manager.nogroup";
        HttpResponse<String> created = keycloak.call("POST", "/users", """
                {"username": "%s", "enabled": true, "firstName": "Removed", "lastName": "Manager",
                 "email": "manager.nogroup@example.org", "emailVerified": true,
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(username, username));
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        String role = keycloak.call("GET", "/roles/manager", null).body();
        assertThat(keycloak.call("POST", "/users/" + keycloak.userId(username) + "/role-mappings/realm",
                "[" + role + "]").statusCode()).isEqualTo(204);

        ApiClient removed = ApiClient.as(username);
        assertThat(removed.get("/api/stats/summary").statusCode()).as("figures").isEqualTo(403);
        assertThat(removed.download("/api/stats/export/agencies.csv", "text/csv").statusCode()).as("their CSV").isEqualTo(403);
        assertThat(removed.get("/api/overdue").statusCode()).as("overdue per agency").isEqualTo(403);
        assertThat(ApiClient.as("manager.partnership").get("/api/stats/summary").statusCode()).isEqualTo(200);
    }

    @Test
    void anEndedAgreementCannotBeGotRoundByReferringOnThroughAThirdAgency() throws Exception {
        JsonObject current = ApiClient.array(ApiClient.as("admin").get("/api/agreements")).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("fromAgency").equals("FIRE") && a.getString("toAgency").equals("TRADING_STD"))
                .findFirst().orElseThrow();
        HttpResponse<String> ended = ApiClient.as("admin").post("/api/agreements/FIRE/TRADING_STD/end",
                "{\"endsOn\": \"" + LocalDate.now(LONDON).minusDays(1) + "\", \"version\": " + current.getJsonNumber("version") + "}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        try {
            HttpResponse<String> sent = ApiClient.as("officer.fire").post("/api/referrals", """
                    {"newBusiness": {"tradingName": "%s", "addressLine1": "1 Chain Lane", "town": "Luton",
                                     "postcode": "LU3 1AB"},
                     "visitDate": "%s", "visitReason": "Fire safety audit", "indicatorCodes": ["IMM_NOT_SPEAKING"],
                     "observation": "Counterfeit extinguishers on sale.", "people": [],
                     "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                    """.formatted(unique("Chain Lane Traders"), LocalDate.now(LONDON)));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            String reference = ApiClient.object(sent).getString("reference");
            ApiClient desk = ApiClient.as("desk.immigration");
            JsonObject routing = routing(reference);
            assertThat(desk.post("/api/routings/" + routing.getJsonNumber("id") + "/transitions",
                    "{\"to\": \"IN_REVIEW\", \"expectedVersion\": " + routing.getJsonNumber("version") + "}")
                    .statusCode()).isEqualTo(200);
            routing = routing(reference);
            HttpResponse<String> onward = desk.post("/api/routings/" + routing.getJsonNumber("id") + "/transitions",
                    ("{\"to\": \"REFERRED_ON\", \"reason\": \"Trading standards matter\", \"referOnAgency\": \"TRADING_STD\","
                            + " \"expectedVersion\": %d}").formatted(routing.getJsonNumber("version").longValue()));
            assertThat(onward.statusCode()).as(onward.body()).isEqualTo(400);
            assertThat(onward.body()).contains("Fire and rescue").contains("ended on");
            assertThat(ApiClient.as("desk.tradingstandards").get("/api/referrals/" + reference).statusCode())
                    .isEqualTo(404);
        } finally {
            JsonObject now = ApiClient.object(ended);
            HttpResponse<String> restored = ApiClient.as("admin").put("/api/agreements/FIRE/TRADING_STD",
                    Json.createObjectBuilder(now).remove("inForce").addNull("endsOn")
                            .add("version", now.getJsonNumber("version").longValue()).build().toString());
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
    }

    private static JsonObject routing(String reference) throws Exception {
        return ApiClient.object(ApiClient.as("desk.immigration").get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals("IMMIGRATION")).findFirst().orElseThrow();
    }

    @Test
    void anAgencysDatasetRowsReachOnlyAgenciesItsAgreementsLetReferralsFlowTo() throws Exception {
        long shop = business(unique("Dataset Rows Takeaway"));
        String contact = unique("Mr Hidden Director");
        try (Connection c = Database.connect()) {
            long dataset;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO source_dataset (agency_code, name, created_at,"
                    + " created_by) VALUES ('HMRC', ?, NOW(6), 'test')", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, unique("HMRC employer list"));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    dataset = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO source_record (dataset_id, external_id, name,"
                    + " address, town, postcode, phone, contact, business_id, link_method, linked_at, first_seen_at,"
                    + " updated_at) VALUES (?, 'PAYE-1', 'Dataset Rows Takeaway', '3 Side Street', 'Luton', 'LU1 2SP',"
                    + " '01582 999999', ?, ?, 'NEW_BUSINESS', NOW(6), NOW(6), NOW(6))")) {
                s.setLong(1, dataset);
                s.setString(2, contact);
                s.setLong(3, shop);
                s.executeUpdate();
            }
        }
        assertThat(ApiClient.as("desk.hmrc").get("/api/businesses/" + shop).body()).as("HMRC's own row").contains(contact);
        for (String user : List.of("officer.food", "desk.fire", "coordinator", "analyst")) {
            HttpResponse<String> page = ApiClient.as(user).get("/api/businesses/" + shop);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(user).doesNotContain(contact).doesNotContain("01582 999999").doesNotContain("PAYE-1");
        }
    }

    @Test
    void datesNoCalendarHoldsAreRefusedAsBadInputNotServerErrors() throws Exception {
        HttpResponse<String> stats = ApiClient.as("manager.partnership").get("/api/stats/summary?from=-999999999-01-01");
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(400);
        assertThat(ApiClient.as("manager.partnership").get("/api/stats/summary?to=+999999999-12-31").statusCode())
                .isEqualTo(400);

        long shop = business(unique("Year One Cafe"));
        HttpResponse<String> yearOne = ApiClient.as("coordinator").post("/api/visits", """
                {"businessId": %d, "startsAt": "0001-01-01T10:00:00Z", "endsAt": "0001-01-01T12:00:00Z",
                 "purpose": "MIXED", "leadAgency": "LICENSING", "participants": [], "officers": []}
                """.formatted(shop));
        assertThat(yearOne.statusCode()).as(yearOne.body()).isEqualTo(400);
        assertThat(yearOne.body()).contains("startsAt");
    }

    @Test
    void controlCharactersAndBidiOverridesNeverReachTheDatabase() throws Exception {
        String name = unique("Clean Text Grill");
        HttpResponse<String> sent = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s\\u0000\\u202e", "addressLine1": "1 Null\\r\\nStreet",
                                 "town": "Luton", "postcode": "LU1 1AT"},
                 "visitDate": "%s", "visitReason": "Routine\\u0007 visit", "indicatorCodes": ["FIRE_EXITS_BLOCKED"],
                 "observation": "Line one\\r\\nLine two\\u202egnp.exe", "people": [],
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(name, LocalDate.now(LONDON)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String reference = ApiClient.object(sent).getString("reference");
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT r.observation, r.visit_reason, b.trading_name, b.address_line1 FROM referral r"
                        + " JOIN business b ON b.id = r.business_id WHERE r.reference = ?")) {
            s.setString(1, reference);
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("Line one\nLine twognp.exe");
                assertThat(row.getString(2)).isEqualTo("Routine visit");
                assertThat(row.getString(3)).isEqualTo(name);
                assertThat(row.getString(4)).doesNotContain("\r");
            }
        }
    }
}
