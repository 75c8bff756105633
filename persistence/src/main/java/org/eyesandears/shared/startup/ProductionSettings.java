package org.eyesandears.shared.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What production mode ({@code APP_MODE=production}) demands of the settings: every secret set and
 * none left at a development default, and the addresses set to the real services over https. In
 * development every setting has a local default (docs/architecture.md); in production a forgotten
 * setting must stop the server rather than quietly use the dev realm's client secret or the public
 * development audit key. Plain Java so the rule is unit-tested; {@link ProductionModeCheck} applies
 * it when the application starts (before any bean runs). See docs/deployment.md and ADR 0019.
 *
 * <p>To guard another setting, add one line to {@link #REQUIRED}.
 */
public final class ProductionSettings {

    /** {@code production} turns the checks on; anything else (or unset) is development. */
    public static final String MODE = "APP_MODE";

    /** One setting production needs, and how to tell a development value. */
    record Required(String name, Predicate<String> isDevelopmentValue, String problem) {
    }

    /** Every setting checked in production mode; the problems never quote a value. */
    static final List<Required> REQUIRED = List.of(
            secret("OIDC_CLIENT_SECRET", "eyesandears-dev-secret"),
            secret("DB_PASSWORD", "eyesandears"),
            secret("DB_OWNER_PASSWORD", "eyesandears_owner"),
            // The audit chain's keys (ADR 0018). "dev-not-secret" is the id of the public development
            // key (AuditKeyring.DEVELOPMENT_KEY_ID), which is used when the setting is unset.
            new Required("AUDIT_HMAC_KEYS", value -> value.contains("dev-not-secret:"),
                    "holds the public development key"),
            new Required("DB_URL", value -> value.contains("//localhost:3307/"), "is the development database"),
            https("OIDC_PROVIDER_URL"),
            https("APP_URL"));

    private ProductionSettings() {
    }

    /** Whether the settings ask for production mode. */
    public static boolean isProduction(Function<String, String> settings) {
        String mode = settings.apply(MODE);
        return mode != null && "production".equals(mode.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The settings that stop a production server, each with what is wrong ("OIDC_CLIENT_SECRET is
     * not set"); empty when all is well or when not in production mode.
     *
     * @param settings a setting's value by name, null when unset
     */
    public static List<String> problems(Function<String, String> settings) {
        List<String> problems = new ArrayList<>();
        if (!isProduction(settings)) {
            return problems;
        }
        for (Required required : REQUIRED) {
            String value = settings.apply(required.name());
            if (value == null || value.isBlank()) {
                problems.add(required.name() + " is not set");
            } else if (required.isDevelopmentValue().test(value.strip())) {
                problems.add(required.name() + " " + required.problem());
            }
        }
        return problems;
    }

    private static Required secret(String name, String developmentDefault) {
        return new Required(name, developmentDefault::equals, "is the development default");
    }

    private static Required https(String name) {
        return new Required(name, value -> !value.toLowerCase(Locale.ROOT).startsWith("https://"),
                "is not an https address");
    }
}
