package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which bearer tokens the API accepts, and how it refuses the others: only tokens issued for this
 * application (its client in the token's audience), refused with the API's JSON error and an
 * RFC 6750 challenge, never the server's HTML page.
 */
@ExtendWith(ArquillianExtension.class)
class BearerTokenIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static JsonObject claims(String token) {
        return Stack.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static void assertRefusedAsInvalidToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Bearer").contains("error=\"invalid_token\"");
        JsonObject error = ApiClient.object(response);
        assertThat(error.getInt("status")).isEqualTo(401);
        assertThat(error.getString("error")).isEqualTo("invalid_token");
        assertThat(error.getString("message")).isNotBlank();
        assertThat(response.body()).doesNotContain("<html", "Exception");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aTokenIssuedForAnotherClientOfTheSameRealmIsRefused() throws Exception {
        // Another application of the same realm, as an administrator might add one: its tokens
        // carry the same user and roles, but are not meant for this API.
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        String clientId = "another-app-" + System.nanoTime();
        HttpResponse<String> created = admin.call("POST", "/clients", """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false}""".formatted(clientId));
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> issued = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.keycloakUrl() + "/realms/eyesandears/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id="
                        + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&username=officer.food&password=officer.food"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String otherClientsToken = Stack.json(issued.body()).getString("access_token");
        String cliToken = Stack.token("officer.food");

        assertThat(claims(otherClientsToken).toString()).as("no audience for this application")
                .doesNotContain("eyesandears-web");
        assertThat(claims(cliToken).get("aud").toString()).contains("eyesandears-web");
        assertRefusedAsInvalidToken(ApiClient.withRawToken(otherClientsToken).get("/api/me"));
        assertThat(ApiClient.withRawToken(cliToken).get("/api/me").statusCode())
                .as("the same user through the API's own client").isEqualTo(200);
    }

    @Test
    void aForgedOrTamperedTokenGetsTheApisJsonErrorNotAnHtmlPage() throws Exception {
        String real = Stack.token("desk.fire");
        String[] parts = real.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(real).toString().replace("desk.fire", "manager").getBytes(StandardCharsets.UTF_8));

        assertRefusedAsInvalidToken(ApiClient.withRawToken("not.a.token").get("/api/inbox"));
        assertRefusedAsInvalidToken(ApiClient.withRawToken(parts[0] + "." + otherPayload + "." + parts[2])
                .get("/api/me"));
        assertRefusedAsInvalidToken(ApiClient.withRawToken("not.a.token")
                .post("/api/referrals", "{}"));
    }

    @Test
    void aCallWithoutATokenIsChallengedWithTheSameErrorShape() throws Exception {
        HttpResponse<String> response = ApiClient.withRawToken(null).get("/api/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"eyesandears\"");
        JsonObject error = ApiClient.object(response);
        assertThat(error.getString("error")).isEqualTo("unauthorized");
        assertThat(error.getJsonArray("fields")).isEmpty();
    }
}
