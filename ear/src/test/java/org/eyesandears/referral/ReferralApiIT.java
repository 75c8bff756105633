package org.eyesandears.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * Concern referrals through the API as the demo users: routing by indicator, who may see a
 * referral, idempotent retries, and field-level validation.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    /** A concern card about new premises ticking the given indicators. */
    private static String card(String tradingName, String... indicators) {
        String codes = java.util.Arrays.stream(indicators).map(c -> "\"" + c + "\"")
                .collect(Collectors.joining(","));
        return """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "12 The Broadway",
                                 "town": "Luton", "postcode": "lu1 1aa", "phone": "01582 000000",
                                 "companyNumber": "1234567"},
                 "visitDate": "%s", "visitReason": "Routine food hygiene inspection",
                 "indicatorCodes": [%s],
                 "observation": "Mattresses in the store room.\\nRear exit padlocked during service.",
                 "people": [{"nameOrDescription": "Man in his 30s, did not give a name",
                             "roleAtPremises": "kitchen worker", "category": "VICTIM"}],
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"},
                 "urgency": "ROUTINE"}
                """.formatted(tradingName, today(), codes);
    }

    @Test
    void aReferralIsRoutedToTheAgenciesOfItsIndicatorsWithTheWordingAsSubmitted() throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals",
                card("Chicken Shop", "FIRE_EXITS_BLOCKED", "IMM_WORKERS_LIVING", "HMRC_TWO_TILLS"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonObject referral = ApiClient.object(response);
        String reference = referral.getString("reference");
        assertThat(reference).matches("EE-\\d{4}-\\d{6}");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/referrals/" + reference));
        Map<String, String> routings = referral.getJsonArray("routings").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(r -> r.getString("agency"), r -> r.getString("status")));
        assertThat(routings).containsOnlyKeys("FIRE", "IMMIGRATION", "HOUSING", "HMRC")
                .allSatisfy((agency, status) -> assertThat(status).isEqualTo("NEW"));
        assertThat(referral.getJsonArray("indicators").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("wording"))
                .contains("Two tills (one for undeclared trade)");
        JsonObject business = referral.getJsonObject("business");
        assertThat(business.getString("postcode")).isEqualTo("LU1 1AA");
        assertThat(business.getBoolean("confirmed")).as("new premises await the analysts").isFalse();
        assertThat(referral.getString("authorAgency")).isEqualTo("FOOD");
    }

    @Test
    void onlyTheAuthorTheirManagersAndTheRoutedDesksSeeAReferral() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals",
                card("Golden Dragon", "IMM_NERVOUS_WORKERS"))).getString("reference");
        String path = "/api/referrals/" + reference;

        assertThat(ApiClient.as("officer.food").get(path).statusCode()).as("author").isEqualTo(200);
        assertThat(ApiClient.as("manager").get(path).statusCode()).as("FOOD manager").isEqualTo(200);
        assertThat(ApiClient.as("desk.immigration").get(path).statusCode()).as("routed desk").isEqualTo(200);

        HttpResponse<String> otherOfficer = ApiClient.as("officer.fire").get(path);
        HttpResponse<String> unroutedDesk = ApiClient.as("desk.hmrc").get(path);
        HttpResponse<String> neverIssued = ApiClient.as("desk.hmrc").get("/api/referrals/EE-1999-999999");
        assertThat(otherOfficer.statusCode()).as("officer of another agency").isEqualTo(404);
        assertThat(unroutedDesk.statusCode()).as("desk not routed to").isEqualTo(404);
        assertThat(unroutedDesk.body()).as("no hint that it exists").isEqualTo(neverIssued.body());
        assertThat(ApiClient.as("auditor").get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aSentReferralIsCountedWhereOperatorsScrapeMetricsAndARefusedOneIsNot() throws Exception {
        ApiClient officer = ApiClient.as("officer.fire");
        double sentBefore = metric("eyesandears_referrals_sent_total", "urgency=\"ROUTINE\"");
        double disclosuresBefore = metric("eyesandears_audit_appends_total", "operation=\"DISCLOSURE\"");

        HttpResponse<String> refused = officer.post("/api/referrals", card("", "HMRC_POOR_RECORDS"));
        HttpResponse<String> sent = officer.post("/api/referrals",
                card("Metric Kebab " + UUID.randomUUID().toString().substring(0, 8), "HMRC_POOR_RECORDS"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(sent.statusCode()).isEqualTo(201);
        // One referral, routed to one agency: one sent, one disclosure appended to the audit chain.
        assertThat(metric("eyesandears_referrals_sent_total", "urgency=\"ROUTINE\"")).isEqualTo(sentBefore + 1);
        assertThat(metric("eyesandears_audit_appends_total", "operation=\"DISCLOSURE\""))
                .isEqualTo(disclosuresBefore + ApiClient.object(sent).getJsonArray("routings").size());
    }

    /**
     * A counter's value from the management interface's Prometheus endpoint, as a scraper reads it
     * (no credentials, text format); 0 when the counter has not been created yet.
     */
    private static double metric(String name, String label) throws Exception {
        HttpResponse<String> response = Stack.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + System.getProperty("it.management.port") + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().lines()
                .filter(l -> l.startsWith(name + "{") && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyMakesNoSecondReferral() throws Exception {
        ApiClient officer = ApiClient.as("officer.fire");
        String key = UUID.randomUUID().toString();
        String body = card("Quick Kebab " + key.substring(0, 8), "HMRC_POOR_RECORDS");
        int before = ApiClient.array(officer.get("/api/referrals?mine=true&max=200")).size();

        HttpResponse<String> first = officer.post("/api/referrals", body, key);
        HttpResponse<String> retry = officer.post("/api/referrals", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(ApiClient.object(retry).getString("reference"))
                .isEqualTo(ApiClient.object(first).getString("reference"));
        List<JsonObject> mine = ApiClient.array(officer.get("/api/referrals?mine=true&max=200"))
                .getValuesAs(JsonObject.class);
        assertThat(mine).hasSize(before + 1);
        assertThat(mine.get(0).getString("reference")).isEqualTo(ApiClient.object(first).getString("reference"));
    }

    @Test
    void invalidCardsAreRefusedFieldByField() throws Exception {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
        String body = """
                {"newBusiness": {"tradingName": "", "addressLine1": "1 High St", "postcode": "NOT A POSTCODE",
                                 "companyNumber": "12", "uprn": "12ab"},
                 "visitDate": "%s", "indicatorCodes": [], "observation": "",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "C"},
                 "urgency": "URGENT"}
                """.formatted(tomorrow);

        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject error = ApiClient.object(response);
        assertThat(error.getString("error")).isEqualTo("invalid_input");
        assertThat(error.getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("field"))
                .contains("newBusiness.tradingName", "newBusiness.postcode", "newBusiness.uprn",
                        "visitDate", "observation", "indicatorCodes", "grading.conditions");
    }

    @Test
    void anObservationOver4000CharactersIsRefusedNotCutAndOneOf4000IsKeptWhole() throws Exception {
        String observation = "Seen from the yard: ".concat("x".repeat(3981)); // 4001 characters
        String tooLong = card("Long Observation Diner", "DC_PESTS").replace(
                "Mattresses in the store room.\\nRear exit padlocked during service.", observation);
        ApiClient officer = ApiClient.as("officer.food");

        HttpResponse<String> refused = officer.post("/api/referrals", tooLong);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.object(refused).getJsonArray("fields").getValuesAs(JsonObject.class))
                .anySatisfy(f -> {
                    assertThat(f.getString("field")).isEqualTo("observation");
                    assertThat(f.getString("message")).isEqualTo("At most 4000 characters (now 4001).");
                });

        String exactly = observation.substring(0, 4000);
        HttpResponse<String> sent = officer.post("/api/referrals", tooLong.replace(observation, exactly));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String reference = ApiClient.object(sent).getString("reference");
        assertThat(ApiClient.object(officer.get("/api/referrals/" + reference)).getString("observation"))
                .isEqualTo(exactly);
    }

    @Test
    void collectionDisclosuresAndEveryReadAreAudited() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals",
                card("Audit Cafe", "HMRC_TWO_TILLS", "FIRE_SLEEPING"))).getString("reference");
        ApiClient.as("desk.hmrc").get("/api/referrals/" + reference);

        List<String> trail = new java.util.ArrayList<>();
        try (var db = Database.connect();
             var query = db.prepareStatement("select username, agency_code, operation, detail, channel,"
                     + " client_address from audit_record where object_type = 'referral' and object_id = ?"
                     + " order by id")) {
            query.setString(1, reference);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString("client_address")).as("client address").isNotBlank();
                    trail.add(String.join(" ", rows.getString("username"), rows.getString("agency_code"),
                            rows.getString("operation"), String.valueOf(rows.getString("detail")),
                            rows.getString("channel")));
                }
            }
        }
        assertThat(trail).containsExactlyInAnyOrder(
                "officer.food FOOD COLLECTION null API",
                "officer.food FOOD DISCLOSURE routed to FIRE API",
                "officer.food FOOD DISCLOSURE routed to HMRC API",
                "desk.hmrc HMRC CONSULTATION null API");
    }

    @Test
    void onlyOfficersSubmitReferrals() throws Exception {
        HttpResponse<String> response = ApiClient.as("desk.immigration").post("/api/referrals",
                card("Desk Attempt", "IMM_NERVOUS_WORKERS"));

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
