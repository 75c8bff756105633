package org.eyesandears.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>();
        settings.put("APP_MODE", "production");
        settings.put("OIDC_CLIENT_SECRET", "kP3-client-secret-from-keycloak");
        settings.put("DB_PASSWORD", "a-long-random-db-password");
        settings.put("DB_OWNER_PASSWORD", "another-long-random-password");
        settings.put("AUDIT_HMAC_KEYS", "k2026:c2VjcmV0LWtleS1vZi1hdC1sZWFzdC0zMi1ieXRlcy1sb25n");
        settings.put("DB_URL", "jdbc:mariadb://db:3306/eyesandears");
        settings.put("OIDC_PROVIDER_URL", "https://id.example.org/realms/eyesandears");
        settings.put("APP_URL", "https://eyesandears.example.org");
        return settings;
    }

    @Test
    void developmentModeDemandsNothing() {
        assertThat(ProductionSettings.problems(Map.<String, String>of()::get)).isEmpty();
        assertThat(ProductionSettings.problems(Map.of("APP_MODE", "development")::get)).isEmpty();
    }

    @Test
    void productionWithEverySecretOfItsOwnStarts() {
        assertThat(ProductionSettings.problems(production()::get)).isEmpty();
        Map<String, String> upperCase = production();
        upperCase.put("APP_MODE", " PRODUCTION ");
        assertThat(ProductionSettings.isProduction(upperCase::get)).isTrue();
    }

    @Test
    void productionNamesEverySecretThatIsUnsetOrADevelopmentDefaultAndNeverItsValue() {
        Map<String, String> settings = production();
        settings.remove("OIDC_CLIENT_SECRET");
        settings.put("DB_PASSWORD", "eyesandears");
        settings.put("DB_OWNER_PASSWORD", "eyesandears_owner");
        settings.put("AUDIT_HMAC_KEYS", "dev-not-secret:RXllcyBhbmQgRWFycw==,k2026:c2VjcmV0");

        assertThat(ProductionSettings.problems(settings::get)).containsExactly(
                "OIDC_CLIENT_SECRET is not set",
                "DB_PASSWORD is the development default",
                "DB_OWNER_PASSWORD is the development default",
                "AUDIT_HMAC_KEYS holds the public development key");
        assertThat(String.join(" ", ProductionSettings.problems(settings::get)))
                .doesNotContain("eyesandears_owner", "RXllcyBhbmQgRWFycw");
    }

    @Test
    void productionRefusesTheLocalStacksAddresses() {
        Map<String, String> settings = production();
        settings.put("DB_URL", "jdbc:mariadb://localhost:3307/eyesandears");
        settings.put("OIDC_PROVIDER_URL", "http://localhost:8180/realms/eyesandears");
        settings.remove("APP_URL");

        assertThat(ProductionSettings.problems(settings::get)).containsExactly(
                "DB_URL is the development database",
                "OIDC_PROVIDER_URL is not an https address",
                "APP_URL is not set");
    }
}
