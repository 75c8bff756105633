package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eyesandears.devstack.Support;
import org.eyesandears.devstack.WildFlyServer;
import org.junit.jupiter.api.Test;

/**
 * The application started as an operator would start it in production (APP_MODE=production) but
 * with settings forgotten or left at their development defaults: the real WildFly the build
 * provisioned, a second one beside the test server (port offset 30000, clear of
 * the parallel test stacks at 10000 and 20000), the EAR as built, the test
 * stack's database and Keycloak. The deployment must fail, and the log must say which settings to
 * fix without printing any secret.
 */
class ProductionModeIT {

    private static final String DEV_CLIENT_SECRET = "eyesandears-dev-secret";
    private static final String DEV_AUDIT_KEY = "RXllcyBhbmQgRWFycyBkZXZlbG9wbWVudCBhdWRpdCBrZXk=";

    @Test
    void productionModeWithDevelopmentSecretsRefusesToStartAndNamesEachSetting() throws Exception {
        Path target = Path.of(System.getProperty("eyesandears.it.ear")).getParent();
        Path baseDir = target.resolve("production-mode-check");
        Support.deleteTree(baseDir);
        Path log = baseDir.resolve("server.log");
        // The rest comes from the test run's environment: DB_URL (the test database),
        // DB_PASSWORD (the development default), OIDC_PROVIDER_URL (the test Keycloak, plain http).
        Map<String, String> env = Map.of(
                "APP_MODE", "production",
                "OIDC_CLIENT_SECRET", DEV_CLIENT_SECRET,
                "DB_OWNER_PASSWORD", "",
                "AUDIT_HMAC_KEYS", "dev-not-secret:" + DEV_AUDIT_KEY + ",k2026:" + DEV_AUDIT_KEY,
                "AUDIT_HMAC_KEY_ID", "k2026",
                "APP_URL", "https://eyesandears.example.org",
                "PROXY_ADDRESS_FORWARDING", "true");

        assertThatThrownBy(() -> WildFlyServer.start(Path.of(System.getProperty("jboss.home")), baseDir,
                Path.of(System.getProperty("eyesandears.it.ear")), env, log,
                List.of("-Djboss.socket.binding.port-offset=30000")).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed to deploy");

        String server = Files.readString(log);
        assertThat(server).contains("Eyes and Ears refuses to start in production mode (APP_MODE=production)."
                + " Set these settings (docs/deployment.md): OIDC_CLIENT_SECRET is the development default;"
                + " DB_PASSWORD is the development default; DB_OWNER_PASSWORD is not set;"
                + " AUDIT_HMAC_KEYS holds the public development key; OIDC_PROVIDER_URL is not an https address.");
        assertThat(server).as("never the secrets themselves").doesNotContain(DEV_CLIENT_SECRET, DEV_AUDIT_KEY);
        assertThat(server).as("the application never came up")
                .containsPattern("Services which failed to start:.*eyesandears\\.ear");
        assertThat(server).as("refused before migrating the database").doesNotContain("Database schema at version");
    }
}
