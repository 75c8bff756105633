package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A referral graded C (shared with conditions) goes on to another agency only once the desk confirms them. */
@ExtendWith(ArquillianExtension.class)
class HandlingConditionsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static final String CONDITIONS = "Source is a neighbour: do not reveal that a complaint was made.";

    @Test
    void aCGradedReferralCarriesItsConditionsInEveryListAndExport() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        HttpResponse<String> submitted = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Listed Conditions Cafe", "addressLine1": "9 Quiet Lane", "postcode": "LU1 7QL"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Beds behind the counter.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "C", "conditions": "%s"},
                 "urgency": "ROUTINE"}
                """.formatted(today, CONDITIONS));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        long businessId = ApiClient.object(submitted).getJsonObject("business").getJsonNumber("id").longValue();
        HttpResponse<String> plain = ApiClient.as("officer.food").post("/api/referrals", """
                {"businessId": %d, "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Beds again.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(businessId, today));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
        String plainReference = ApiClient.object(plain).getString("reference");

        assertThat(conditionsIn(ApiClient.as("officer.food").get("/api/referrals?mine=true&max=100"), "reference",
                reference, plainReference)).as("My referrals").isEqualTo(CONDITIONS);
        assertThat(conditionsIn(ApiClient.as("desk.fire").get("/api/inbox?max=200&business=Listed%20Conditions"),
                "reference", reference, plainReference)).as("the desk's inbox").isEqualTo(CONDITIONS);
        assertThat(conditionsIn(ApiClient.as("manager").get("/api/stats/routings?kind=SENT&agency=FOOD&from=" + today + "&to=" + today),
                "reference", reference, plainReference)).as("the dashboard drill-down").isEqualTo(CONDITIONS);
        assertThat(conditionsIn(ApiClient.as("manager").get("/api/stats/referrals?officer=officer.food&from=" + today
                + "&to=" + today), "reference", reference, plainReference)).as("the officer drill-down").isEqualTo(CONDITIONS);
        HttpResponse<String> subjectAccess = ApiClient.as("auditor").get("/api/audit/subject-access?name=Listed%20Conditions");
        assertThat(subjectAccess.statusCode()).as(subjectAccess.body()).isEqualTo(200);
        assertThat(conditionsIn(ApiClient.object(subjectAccess).getJsonArray("referrals").getValuesAs(JsonObject.class),
                "reference", reference, plainReference)).as("the subject access report").isEqualTo(CONDITIONS);
        JsonObject business = ApiClient.object(ApiClient.as("officer.food").get("/api/businesses/" + businessId));
        List<JsonObject> history = business.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history.stream().filter(e -> reference.equals(e.getString("reference", null))).findFirst()
                .orElseThrow().getString("handlingConditions")).as("the business page").isEqualTo(CONDITIONS);
        assertThat(history.stream().filter(e -> plainReference.equals(e.getString("reference", null))).findFirst()
                .orElseThrow().containsKey("handlingConditions")).isFalse();

        HttpResponse<byte[]> csv = ApiClient.as("manager").download("/api/stats/routings.csv?kind=SENT&agency=FOOD&from=" + today
                + "&to=" + today, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("handling_code,handling_conditions,erased_on");
        assertThat(lines).anyMatch(l -> l.startsWith(reference + ",") && l.contains(",C," + CONDITIONS + ","));
        assertThat(lines).anyMatch(l -> l.startsWith(plainReference + ",") && l.endsWith(",,,"));
    }

    /** The handlingConditions of {@code reference} in a JSON list, checking that {@code plain} has none. */
    private static String conditionsIn(HttpResponse<String> list, String key, String reference, String plain) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return conditionsIn(ApiClient.array(list).getValuesAs(JsonObject.class), key, reference, plain);
    }

    private static String conditionsIn(List<JsonObject> items, String key, String reference, String plain) {
        JsonObject plainItem = items.stream().filter(i -> i.getString(key).equals(plain)).findFirst().orElseThrow();
        assertThat(plainItem.containsKey("handlingConditions")).as("handling code P carries no conditions").isFalse();
        return items.stream().filter(i -> i.getString(key).equals(reference)).findFirst().orElseThrow()
                .getString("handlingConditions");
    }

    @Test
    void referringOnACGradedReferralAsksForItsConditionsToBeConfirmed() throws Exception {
        HttpResponse<String> submitted = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Conditional Kebabs", "addressLine1": "7 Quiet Lane", "postcode": "LU1 7QL"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Beds in the store room.",
                 "grading": {"source": "UNTESTED", "intelligence": "C", "handling": "C",
                             "conditions": "Not to be used in evidence without the source's agreement."},
                 "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        ApiClient fire = ApiClient.as("desk.fire");
        JsonObject routing = ApiClient.object(fire.get("/api/referrals/" + reference)).getJsonArray("routings")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("FIRE"))
                .findFirst().orElseThrow();
        String path = "/api/routings/" + routing.getJsonNumber("id").longValue() + "/transitions";
        long version = routing.getJsonNumber("version").longValue();
        assertThat(fire.post(path, "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(version)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> unconfirmed = fire.post(path, "{\"to\": \"REFERRED_ON\", \"reason\": \"Police matter\","
                + " \"referOnAgency\": \"POLICE\", \"expectedVersion\": %d}".formatted(version + 1));
        HttpResponse<String> confirmed = fire.post(path, "{\"to\": \"REFERRED_ON\", \"reason\": \"Police matter\","
                + " \"referOnAgency\": \"POLICE\", \"conditionsConfirmed\": true, \"expectedVersion\": %d}"
                .formatted(version + 1));

        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("conditionsConfirmed")
                .contains("Not to be used in evidence without the source's agreement.").contains("Confirm that Police");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonObject asPolice = ApiClient.object(ApiClient.as("officer.food").get("/api/referrals/" + reference));
        assertThat(asPolice.getJsonArray("routings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("agency")).contains("POLICE");
        assertThat(asPolice.getJsonObject("grading").getString("conditions"))
                .isEqualTo("Not to be used in evidence without the source's agreement.");
    }
}
