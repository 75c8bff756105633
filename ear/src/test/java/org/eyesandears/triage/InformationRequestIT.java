package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Information requests between desks (issue 16): asked and answered under the sharing agreements in
 * each direction, seen only by the two agencies' desks, tracked with a due date and rated, each step
 * told to the other desk.
 */
@ExtendWith(ArquillianExtension.class)
class InformationRequestIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @BeforeAll
    static void desksHaveSignedInOnce() throws Exception {
        for (String user : List.of("desk.fire", "desk.immigration", "desk.hmrc")) {
            assertThat(ApiClient.as(user).get("/api/me").statusCode()).isEqualTo(200);
        }
    }

    private static long business(String name) throws Exception {
        return Database.business(name, "9 Hope Street", "Luton", "LU2 0AA");
    }

    private static long asked(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getJsonNumber("id").longValue();
    }

    private static Optional<JsonObject> notice(String user, String kind, long requestId) throws Exception {
        return ApiClient.array(ApiClient.as(user).get("/api/me/notifications?max=200")).getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("kind").equals(kind) && n.containsKey("requestId")
                        && n.getJsonNumber("requestId").longValue() == requestId).findFirst();
    }

    @Test
    void aDeskAsksAnotherAnswersAndTheAskerRatesTheAnswerWhileOtherAgenciesSeeNothing() throws Exception {
        long shop = business("Question Mark Car Wash");
        ApiClient fire = ApiClient.as("desk.fire");
        long id = asked(fire.post("/api/information-requests", """
                {"businessId": %d, "toAgency": "IMMIGRATION", "question": "Do you hold anything on the workers sleeping in the back office?"}
                """.formatted(shop)));

        JsonObject told = Eventually.until("Immigration's desk is told", Duration.ofSeconds(10),
                () -> notice("desk.immigration", "INFO_REQUEST", id), Optional::isPresent).orElseThrow();
        assertThat(told.getString("message")).contains("Question Mark Car Wash").doesNotContain("sleeping");

        ApiClient immigration = ApiClient.as("desk.immigration");
        JsonObject request = ApiClient.object(immigration.get("/api/information-requests/" + id));
        assertThat(request.getBoolean("incoming")).isTrue();
        assertThat(request.getString("status")).isEqualTo("OPEN");
        assertThat(request.getString("dueOn")).as("ten working days ahead by default").isNotBlank();
        assertThat(ApiClient.as("desk.hmrc").get("/api/information-requests/" + id).statusCode()).isEqualTo(404);
        assertThat(ApiClient.as("desk.hmrc").get("/api/information-requests").body()).doesNotContain("Question Mark");
        assertThat(ApiClient.as("officer.fire").get("/api/information-requests").statusCode()).isEqualTo(403);

        long version = request.getJsonNumber("version").longValue();
        assertThat(immigration.post("/api/information-requests/" + id + "/answer", """
                {"answer": "Two visa overstayers were found there in March.", "expectedVersion": %d}"""
                .formatted(version + 1)).statusCode()).as("a stale version").isEqualTo(409);
        assertThat(fire.post("/api/information-requests/" + id + "/rating", "{\"usefulness\": \"USEFUL\"}")
                .statusCode()).as("nothing to rate before the answer").isEqualTo(400);
        assertThat(immigration.post("/api/information-requests/" + id + "/answer", """
                {"answer": "Two visa overstayers were found there in March.", "expectedVersion": %d}"""
                .formatted(version)).statusCode()).isEqualTo(204);
        assertThat(immigration.post("/api/information-requests/" + id + "/answer", """
                {"answer": "Again", "expectedVersion": %d}""".formatted(version + 1)).statusCode())
                .as("answered once").isEqualTo(400);

        Eventually.until("Fire's desk is told of the answer", Duration.ofSeconds(10),
                () -> notice("desk.fire", "INFO_ANSWER", id), Optional::isPresent);
        JsonObject answered = ApiClient.object(fire.get("/api/information-requests/" + id));
        assertThat(answered.getString("answer")).isEqualTo("Two visa overstayers were found there in March.");
        assertThat(answered.getBoolean("incoming")).isFalse();
        assertThat(fire.post("/api/information-requests/" + id + "/rating", "{\"usefulness\": \"USEFUL\"}")
                .statusCode()).isEqualTo(204);
        assertThat(ApiClient.object(immigration.get("/api/information-requests/" + id)).getString("usefulness"))
                .isEqualTo("USEFUL");
    }

    @Test
    void theAgreementsDecideWhoMayAskAndWhoMayAnswerSoHmrcCanOnlyDecline() throws Exception {
        long shop = business("Two Tills Takeaway");
        HttpResponse<String> fromHmrc = ApiClient.as("desk.hmrc").post("/api/information-requests", """
                {"businessId": %d, "toAgency": "FIRE", "question": "Any fire safety history?"}""".formatted(shop));
        assertThat(fromHmrc.statusCode()).isEqualTo(400);
        assertThat(fromHmrc.body()).contains("toAgency", "the question cannot go to");

        long id = asked(ApiClient.as("desk.fire").post("/api/information-requests", """
                {"businessId": %d, "toAgency": "HMRC", "question": "Is the business registered for VAT?"}"""
                .formatted(shop)));
        ApiClient hmrc = ApiClient.as("desk.hmrc");
        long version = ApiClient.object(hmrc.get("/api/information-requests/" + id)).getJsonNumber("version").longValue();
        HttpResponse<String> answer = hmrc.post("/api/information-requests/" + id + "/answer", """
                {"answer": "Yes, since 2019.", "expectedVersion": %d}""".formatted(version));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("your answer cannot go to");
        assertThat(hmrc.post("/api/information-requests/" + id + "/answer", """
                {"answer": "HMRC may not disclose taxpayer information here.", "decline": true, "expectedVersion": %d}"""
                .formatted(version)).statusCode()).isEqualTo(204);
        assertThat(ApiClient.object(ApiClient.as("desk.fire").get("/api/information-requests/" + id))
                .getString("status")).isEqualTo("DECLINED");
    }

    @Test
    void badQuestionsAreRefusedFieldByField() throws Exception {
        HttpResponse<String> refused = ApiClient.as("desk.fire").post("/api/information-requests", """
                {"businessId": 999999999, "toAgency": "FIRE", "question": " ", "dueOn": "2001-01-01"}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("businessId", "toAgency", "question", "dueOn");
    }
}
