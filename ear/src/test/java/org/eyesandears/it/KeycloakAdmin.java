package org.eyesandears.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.JsonObject;

/** Keycloak's admin REST API on the test realm, as the bootstrap administrator (kcadmin). */
public final class KeycloakAdmin {

    private final String token;
    private final String realm;

    private KeycloakAdmin(String token, String realm) {
        this.token = token;
        this.realm = realm;
    }

    /** The same administrator on another realm of the test Keycloak. */
    public KeycloakAdmin inRealm(String otherRealm) {
        return new KeycloakAdmin(token, otherRealm);
    }

    public static KeycloakAdmin signIn() throws Exception {
        HttpResponse<String> response = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=kcadmin&password=kcadmin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new KeycloakAdmin(Stack.json(response.body()).getString("access_token"), "eyesandears");
    }

    /** A call to {@code /admin/realms/<realm> + path} (realm eyesandears unless {@link #inRealm}); {@code json} null for no body. */
    public HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Stack.keycloakUrl() + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return Stack.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String userId(String username) throws Exception {
        return ApiClient.array(call("GET", "/users?exact=true&username=" + username, null))
                .getJsonObject(0).getString("id");
    }

    /**
     * Makes a user of the dev realm (password equal to the username, e-mail username@example.org) in
     * an agency's group with the realm roles given, unless one of that name exists.
     */
    public void ensureUser(String username, String group, String... roles) throws Exception {
        HttpResponse<String> created = call("POST", "/users", """
                {"username": "%s", "enabled": true, "email": "%s@example.org", "emailVerified": true,
                 "firstName": "Test", "lastName": "User", "groups": ["%s"],
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(username, username, group, username));
        if (created.statusCode() == 409) {
            return;
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = userId(username);
        jakarta.json.JsonArrayBuilder mappings = jakarta.json.Json.createArrayBuilder();
        for (String role : roles) {
            mappings.add(Stack.json(call("GET", "/roles/" + role, null).body()));
        }
        HttpResponse<String> mapped = call("POST", "/users/" + id + "/role-mappings/realm", mappings.build().toString());
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
    }

    /** Enables or disables a user as the admin console does: the whole user, with {@code enabled} changed. */
    public HttpResponse<String> setEnabled(String userId, boolean enabled) throws Exception {
        JsonObject user = Stack.json(call("GET", "/users/" + userId, null).body());
        String changed = jakarta.json.Json.createObjectBuilder(user).add("enabled", enabled).build().toString();
        return call("PUT", "/users/" + userId, changed);
    }

    /** The dev realm names the run command's port for back-channel logout; the test server listens on another. */
    public void pointBackChannelLogoutAtTheTestServer() throws Exception {
        JsonObject client = ApiClient.array(call("GET", "/clients?clientId=eyesandears-web", null))
                .getJsonObject(0);
        HttpResponse<String> updated = call("PUT", "/clients/" + client.getString("id"), """
                {"attributes": {"backchannel.logout.url": "%s/public/backchannel-logout",
                                "backchannel.logout.session.required": "true"}}
                """.formatted(Stack.appUrl()));
        assertThat(updated.statusCode()).isEqualTo(204);
    }
}
