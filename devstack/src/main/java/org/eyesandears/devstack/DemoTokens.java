package org.eyesandears.devstack;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;

/**
 * Access tokens for the demo users (password = username) from the dev realm's public
 * {@code eyesandears-cli} client, for the demo data loader and the tests.
 */
public final class DemoTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoTokens() {
    }

    /** @param realmUrl e.g. http://localhost:8180/realms/eyesandears */
    public static String accessToken(String realmUrl, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=eyesandears-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }
}
