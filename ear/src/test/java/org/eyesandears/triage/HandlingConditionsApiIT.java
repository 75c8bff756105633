package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

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
