package org.eyesandears.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on the real stack: tokens from Keycloak, the application on WildFly, data in
 * MariaDB migrated by Flyway.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void meAnswersWithTheAgencyAndRolesOfTheToken() throws Exception {
        HttpResponse<String> officer = ApiClient.as("officer.food").get("/api/me");
        HttpResponse<String> desk = ApiClient.as("desk.hmrc").get("/api/me");

        assertThat(officer.statusCode()).isEqualTo(200);
        JsonObject me = ApiClient.object(officer);
        assertThat(me.getString("username")).isEqualTo("officer.food");
        assertThat(me.getString("agency")).isEqualTo("FOOD");
        assertThat(me.getString("agencyName")).isEqualTo("Food safety and environmental health");
        assertThat(strings(me, "roles")).containsExactly("officer");

        JsonObject hmrc = ApiClient.object(desk);
        assertThat(hmrc.getString("agency")).isEqualTo("HMRC");
        assertThat(strings(hmrc, "roles")).containsExactly("desk");
    }

    @Test
    void aNewUsersFirstRequestsArrivingTogetherAllSucceedAndMakeOneProfile() throws Exception {
        String username = "analyst.together";
        org.eyesandears.it.KeycloakAdmin.signIn().ensureUser(username, "/Trading standards", "analyst");
        ApiClient client = ApiClient.as(username);

        // Two tabs, or a page and its scripts: the first requests of a user come at the same moment.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = pool.invokeAll(
                    java.util.Collections.nCopies(8, () -> client.get("/api/me")));
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        try (var db = org.eyesandears.it.Database.connect();
             var st = db.prepareStatement("SELECT count(*) FROM user_profile WHERE username = ?")) {
            st.setString(1, username);
            var rs = st.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void agenciesAreTheSeededPartners() throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.fire").get("/api/agencies");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> names = ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("code"), a -> a.getString("name")));
        assertThat(names).hasSize(12)
                .containsEntry("HMRC", "HMRC (tax and national minimum wage)")
                .containsEntry("IMMIGRATION", "Home Office Immigration Enforcement")
                .containsKeys("FOOD", "FIRE", "POLICE", "GLAA", "HSE", "TRADING_STD");
    }

    @Test
    void everyGoldenIndicatorRoutesToItsReceivingAgencies() throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").get("/api/indicators");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonObject> byCode = ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getString("code"), i -> i));
        assertThat(byCode).hasSize(16);
        assertThat(byCode.values()).allSatisfy(i -> assertThat(strings(i, "receivingAgencies")).isNotEmpty());
        JsonObject twoTills = byCode.get("HMRC_TWO_TILLS");
        assertThat(twoTills.getString("wording")).isEqualTo("Two tills (one for undeclared trade)");
        assertThat(twoTills.getInt("wordingVersion")).isEqualTo(1);
        assertThat(strings(twoTills, "receivingAgencies")).containsExactly("HMRC");
        assertThat(strings(byCode.get("IMM_NOT_SPEAKING"), "receivingAgencies"))
                .containsExactly("GLAA", "IMMIGRATION");
    }

    @Test
    void aCallWithoutTokenGets401NotARedirectToTheLoginPage() throws Exception {
        for (String accept : List.of("application/json", "*/*", "text/html")) {
            HttpResponse<String> response = Stack.HTTP.send(HttpRequest.newBuilder(
                            URI.create(Stack.appUrl() + "/api/me")).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("Accept: %s", accept).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(ApiClient.object(response).getString("error")).isEqualTo("unauthorized");
        }
    }

    @Test
    void aForgedTokenGets401() throws Exception {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl";

        HttpResponse<String> response = ApiClient.withRawToken(forged).get("/api/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void anOfficerIsRefusedTheAdministratorsUserList() throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").get("/api/admin/users");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonObject error = ApiClient.object(response);
        assertThat(error.getString("error")).isEqualTo("forbidden");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anAdministratorSeesWhoHasSignedIn() throws Exception {
        ApiClient.as("desk.fire").get("/api/me");

        HttpResponse<String> response = ApiClient.as("admin").get("/api/admin/users");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> agencyByUser = ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("username"), u -> u.getString("agency", "")));
        assertThat(agencyByUser).containsEntry("desk.fire", "FIRE");
    }

    @Test
    void badRequestsGetClearJsonErrorsNeverStackTraces() throws Exception {
        ApiClient officer = ApiClient.as("officer.food");

        HttpResponse<String> unknown = officer.get("/api/no-such-thing");
        HttpResponse<String> wrongMethod = officer.post("/api/me", "{}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.object(unknown).getString("message")).isEqualTo("No such resource.");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(ApiClient.object(wrongMethod).getString("error")).isEqualTo("method_not_allowed");
        assertThat(unknown.body() + wrongMethod.body()).doesNotContain("Exception");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.appUrl() + "/openapi?format=JSON")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = Stack.json(response.body());
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Eyes and Ears API");
        assertThat(document.getJsonObject("paths").keySet())
                .contains("/api/me", "/api/agencies", "/api/indicators", "/api/admin/users");
    }

    @Test
    void healthReportsTheDatabaseUpWithItsSchemaVersion() throws Exception {
        HttpResponse<String> response = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.appUrl() + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Stack.json(response.body()).getString("status")).isEqualTo("UP");
        JsonObject database = Stack.json(response.body()).getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).matches("\\d+");
    }

    @Test
    void readinessChecksTheDatabaseAndTheSchemaAndLivenessOnlyThatTheNodeServes() throws Exception {
        HttpResponse<String> ready = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.appUrl() + "/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> live = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.appUrl() + "/health/live")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        Map<String, JsonObject> checks = Stack.json(ready.body()).getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        assertThat(checks.keySet()).containsExactlyInAnyOrder("database", "schema");
        assertThat(checks.get("schema").getString("status")).isEqualTo("UP");
        // The database is at the newest migration this build ships, and none failed.
        JsonObject schema = checks.get("schema").getJsonObject("data");
        assertThat(schema.getString("schemaVersion")).isEqualTo(schema.getString("needed"));
        assertThat(schema.getInt("failedMigrations")).isZero();
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(Stack.json(live.body()).getJsonArray("checks").getJsonObject(0).getString("name"))
                .isEqualTo("threads");
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
