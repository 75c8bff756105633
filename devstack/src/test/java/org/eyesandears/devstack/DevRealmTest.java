package org.eyesandears.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production realm file as an operator imports it, and the dev realm made from it: what each
 * must and must not contain. ProductionRealmIT checks the same production file in a real Keycloak.
 */
class DevRealmTest {

    private static final Path REALM_DIR = Path.of("../realm");

    private static JsonObject client(JsonObject realm, String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> clientId.equals(c.getString("clientId"))).findFirst().orElse(null);
    }

    private static boolean hasAudienceMapper(JsonObject client) {
        return client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> "oidc-audience-mapper".equals(m.getString("protocolMapper"))
                        && "eyesandears-web".equals(m.getJsonObject("config").getString("included.client.audience"))
                        && "true".equals(m.getJsonObject("config").getString("access.token.claim")));
    }

    @Test
    void theProductionRealmHasNoDevClientNoSecretNoLocalhostAndRequiresTlsOneTimeCodesAndStrongPasswords() throws Exception {
        JsonObject production = DevRealm.read(REALM_DIR.resolve(DevRealm.PRODUCTION_REALM));
        String text = production.toString();

        assertThat(production.containsKey("users")).as("no users in the production realm").isFalse();
        assertThat(production.getJsonArray("clients")).hasSize(1);
        assertThat(client(production, "eyesandears-cli")).isNull();
        JsonObject web = client(production, "eyesandears-web");
        assertThat(web.getString("secret")).isEqualTo("${OIDC_CLIENT_SECRET}");
        assertThat(web.getBoolean("directAccessGrantsEnabled")).isFalse();
        assertThat(web.getBoolean("publicClient")).isFalse();
        assertThat(hasAudienceMapper(web)).isTrue();
        assertThat(text).doesNotContain("localhost", "dev-secret");
        assertThat(production.getString("sslRequired")).isEqualTo("all");
        assertThat(production.getString("browserFlow")).isEqualTo("browser with one-time code");
        assertThat(production.getString("directGrantFlow")).isEqualTo("direct grant refused");
        assertThat(production.getString("passwordPolicy")).contains("length(12)", "notUsername", "passwordHistory");
        assertThat(production.getBoolean("bruteForceProtected")).isTrue();
        assertThat(production.getInt("failureFactor")).isLessThanOrEqualTo(5);
        assertThat(production.getInt("accessTokenLifespan")).isEqualTo(300);
    }

    @Test
    void theDevRealmIsTheProductionRealmWithTheCliClientDevSecretAndLocalAddresses(@TempDir Path target) throws Exception {
        List<Path> files = DevRealm.write(REALM_DIR, target);
        JsonObject dev = DevRealm.read(files.get(0));
        JsonObject production = DevRealm.read(REALM_DIR.resolve(DevRealm.PRODUCTION_REALM));

        assertThat(files.get(0).getFileName()).hasToString("eyesandears-realm.json");
        assertThat(files.get(1).getFileName()).hasToString("eyesandears-users-0.json");
        assertThat(dev.toString()).doesNotContain("${", "_about");
        JsonObject web = client(dev, "eyesandears-web");
        assertThat(web.getString("secret")).isEqualTo("eyesandears-dev-secret");
        assertThat(web.getJsonArray("redirectUris").getString(0)).startsWith("http://localhost:8080");
        assertThat(web.getJsonObject("attributes").getString("pkce.code.challenge.method"))
                .as("kept from production").isEqualTo("S256");
        assertThat(hasAudienceMapper(web)).isTrue();
        JsonObject cli = client(dev, "eyesandears-cli");
        assertThat(cli.getBoolean("directAccessGrantsEnabled")).isTrue();
        assertThat(hasAudienceMapper(cli)).as("its tokens are for the API").isTrue();
        assertThat(dev.containsKey("passwordPolicy")).isFalse();
        assertThat(dev.getString("browserFlow")).isEqualTo("browser");
        assertThat(dev.getString("directGrantFlow")).isEqualTo("direct grant");
        assertThat(dev.get("roles")).as("one source for roles and groups").isEqualTo(production.get("roles"));
        assertThat(dev.get("groups")).isEqualTo(production.get("groups"));
        assertThat(dev.getInt("accessTokenLifespan")).isEqualTo(300);
    }
}
