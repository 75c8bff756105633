package org.eyesandears.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens of the demo users from the dev realm's public {@code eyesandears-cli} client, one
 * per demo user, shared by every virtual user signed in as that user (as one person's phone and
 * laptop would share a sign-in). Fetched before the simulation starts, refreshed with the refresh
 * token on a thread of its own once less than {@link #REFRESH_BEFORE} is left (the dev realm's
 * tokens live 5 minutes), so no virtual user waits for Keycloak and none sends an expired token.
 * Keycloak's work is therefore not in the figures: signing in is not what this test measures.
 */
final class Tokens implements AutoCloseable {

    static final Duration REFRESH_BEFORE = Duration.ofSeconds(90);

    private record Token(String access, String refresh, Instant expires) {
    }

    private final String tokenUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-refresher");
        t.setDaemon(true);
        return t;
    });
    final AtomicInteger passwordGrants = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();

    Tokens(String realmUrl, Collection<String> users) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        for (String user : users) {
            tokens.put(user, passwordGrant(user));
        }
        refresher.scheduleWithFixedDelay(this::refreshDue, 10, 10, TimeUnit.SECONDS);
    }

    /** The current access token of a demo user. */
    String bearer(String user) {
        Token token = tokens.get(user);
        if (token == null) {
            throw new IllegalArgumentException("No token fetched for " + user);
        }
        return "Bearer " + token.access();
    }

    private void refreshDue() {
        Instant soon = Instant.now().plus(REFRESH_BEFORE);
        tokens.forEach((user, token) -> {
            if (token.expires().isBefore(soon)) {
                try {
                    tokens.put(user, grant("grant_type=refresh_token&client_id=eyesandears-cli&refresh_token="
                            + encode(token.refresh())));
                    refreshes.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    System.err.println("Refreshing the token of " + user + " failed (" + e.getMessage()
                            + "); signing in again");
                    try {
                        tokens.put(user, passwordGrant(user));
                    } catch (RuntimeException again) {
                        failures.incrementAndGet();
                        System.err.println("Signing in " + user + " failed: " + again.getMessage());
                    }
                }
            }
        });
    }

    private Token passwordGrant(String user) {
        Token token = grant("grant_type=password&client_id=eyesandears-cli&username=" + encode(user)
                + "&password=" + encode(user));
        passwordGrants.incrementAndGet();
        return token;
    }

    private Token grant(String form) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = json.readTree(response.body());
            return new Token(body.path("access_token").asText(), body.path("refresh_token").asText(),
                    Instant.now().plusSeconds(body.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + tokenUrl + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
