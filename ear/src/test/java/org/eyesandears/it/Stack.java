package org.eyesandears.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eyesandears.devstack.DemoTokens;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Where the test stack lives and how to reach it: the application as built, its URLs on
 * {@code localhost} (Keycloak's cookies are not sent to 127.0.0.1), and access tokens for the demo
 * users from the real Keycloak.
 */
public final class Stack {

    /**
     * How long a test's HTTP client waits to connect, TLS handshake included: a refused connection fails
     * at once anyway, and a machine loaded by parallel builds can take seconds to complete a handshake.
     */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    public static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static EnterpriseArchive application;

    private Stack() {
    }

    /**
     * The EAR exactly as the build packaged it: the same archive for every class of a run, which
     * {@link SharedDeployment} deploys once and keeps deployed from class to class (ADR 0027).
     * Callers must not change it: a class that needs another archive builds its own.
     */
    public static synchronized EnterpriseArchive application() {
        if (application == null) {
            application = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                    new java.io.File(System.getProperty("eyesandears.it.ear")));
        }
        return application;
    }

    /** The application's base URL, e.g. http://localhost:18080 (no trailing slash). */
    public static String appUrl() {
        return "http://localhost:" + System.getProperty("eyesandears.it.http.port");
    }

    public static String keycloakUrl() {
        return "http://localhost:" + System.getProperty("eyesandears.it.keycloak.port");
    }

    /** An access token for a demo user (password = username) from the eyesandears-cli client. */
    public static String token(String username) throws IOException, InterruptedException {
        return DemoTokens.accessToken(keycloakUrl() + "/realms/eyesandears", username);
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

}
