package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar-feed addresses end: they expire, the user or an administrator revokes them, and
 * disabling the user in the real Keycloak revokes them. An ended address answers 404 like one never
 * issued, and the attempt is audited. Addresses and links are built from APP_URL whatever Host a
 * request names. See docs/visits.md#calendar-feeds and ADR 0021.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    /** A new address for the user: its path on the server and the answer as sent. */
    private record Feed(String path, JsonObject issued) {
    }

    private static Feed issue(String username) throws Exception {
        HttpResponse<String> response = ApiClient.as(username).post("/api/calendar-feed", "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject issued = ApiClient.object(response);
        String url = issued.getString("url");
        return new Feed(url.substring(url.indexOf("/feed/")), issued);
    }

    private static int fetch(Feed feed) throws Exception {
        return ApiClient.withRawToken(null).get(feed.path()).statusCode();
    }

    private static JsonObject status(String username) throws Exception {
        HttpResponse<String> response = ApiClient.as(username).get("/api/calendar-feed");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    private static long lastAuditId() throws Exception {
        try (Connection db = Database.connect(); var st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many refused feed requests were audited since {@code after} for that owner and detail. */
    private static int refusals(long after, String owner, String detail) throws Exception {
        try (Connection db = Database.connect();
             var st = db.prepareStatement("SELECT COUNT(*) FROM audit_record WHERE id > ? AND operation = 'ACCESS_DENIED'"
                     + " AND object_type = 'calendar_feed' AND object_id = ? AND detail = ?")) {
            st.setLong(1, after);
            st.setString(2, owner);
            st.setString(3, detail);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void anAddressWorksUntilItExpiresThenAnswersLikeAnUnknownOneAndTheAttemptIsAudited() throws Exception {
        Instant before = Instant.now();
        Feed feed = issue("officer.food");
        Instant expires = Instant.parse(feed.issued().getString("expiresAt"));
        assertThat(expires).as("90 days by default").isBetween(before.plus(Duration.ofDays(90)).minusSeconds(5),
                Instant.now().plus(Duration.ofDays(90)).plusSeconds(5));
        JsonObject working = status("officer.food");
        assertThat(working.getBoolean("active")).isTrue();
        assertThat(Instant.parse(working.getString("expiresAt"))).isEqualTo(expires);
        assertThat(fetch(feed)).isEqualTo(200);

        try (Connection db = Database.connect(); var st = db.prepareStatement(
                "UPDATE calendar_feed SET expires_at = ? WHERE username = 'officer.food'")) {
            st.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        long audited = lastAuditId();

        HttpResponse<String> expired = ApiClient.withRawToken(null).get(feed.path());
        HttpResponse<String> unknown = ApiClient.withRawToken(null).get("/feed/" + "x".repeat(43) + ".ics");

        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(withoutPerResponseValues(expired.body())).as("nothing tells an expired address from one never issued")
                .isEqualTo(withoutPerResponseValues(unknown.body()));
        assertThat(refusals(audited, "officer.food", "feed address expired")).isEqualTo(1);
        assertThat(refusals(audited, "unknown", "no such feed address")).isEqualTo(1);
        JsonObject ended = status("officer.food");
        assertThat(ended.getBoolean("active")).isFalse();
        assertThat(ended.getString("endedWhy")).isEqualTo("EXPIRED");

        Feed renewed = issue("officer.food");
        assertThat(renewed.path()).as("renewing makes a new address").isNotEqualTo(feed.path());
        assertThat(fetch(renewed)).isEqualTo(200);
        assertThat(fetch(feed)).isEqualTo(404);
    }

    @Test
    void anAdministratorSeesAndRevokesAUsersAddressOthersMayNot() throws Exception {
        Feed feed = issue("desk.fire");
        HttpResponse<String> live = ApiClient.as("admin").get("/api/admin/calendar-feeds");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(ApiClient.object(live).getString("desk.fire"))
                .isEqualTo(feed.issued().getString("expiresAt"));
        assertThat(delete("manager", "/api/admin/users/desk.fire/calendar-feed").statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("desk.hmrc").get("/api/admin/calendar-feeds").statusCode()).isEqualTo(403);
        assertThat(fetch(feed)).as("still working after the refused attempts").isEqualTo(200);

        assertThat(delete("admin", "/api/admin/users/desk.fire/calendar-feed").statusCode()).isEqualTo(204);

        long audited = lastAuditId();
        assertThat(fetch(feed)).isEqualTo(404);
        assertThat(refusals(audited, "desk.fire", "feed address revoked: ADMIN")).isEqualTo(1);
        assertThat(status("desk.fire").getString("endedWhy")).isEqualTo("ADMIN");
        assertThat(ApiClient.object(ApiClient.as("admin").get("/api/admin/calendar-feeds")).containsKey("desk.fire"))
                .isFalse();
        assertThat(delete("admin", "/api/admin/users/desk.fire/calendar-feed").statusCode())
                .as("nothing left to revoke").isEqualTo(404);
    }

    @Test
    void theUserRevokesTheirOwnAddress() throws Exception {
        Feed feed = issue("coordinator");
        assertThat(ApiClient.as("coordinator").post("/api/calendar-feed/revoke", "{}").statusCode()).isEqualTo(204);
        long audited = lastAuditId();
        assertThat(fetch(feed)).isEqualTo(404);
        assertThat(refusals(audited, "coordinator", "feed address revoked: USER")).isEqualTo(1);
        assertThat(status("coordinator").getString("endedWhy")).isEqualTo("USER");
    }

    @Test
    void disablingTheUserInKeycloakRevokesTheirAddressThoughTheyHaveNoSession() throws Exception {
        Feed feed = issue("desk.tradingstandards");
        assertThat(fetch(feed)).isEqualTo(200);
        // Known to the application (a profile) from their first sign-in, so the users page can show it disabled.
        assertThat(ApiClient.as("desk.tradingstandards").get("/api/me").statusCode()).isEqualTo(200);
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        admin.pointBackChannelLogoutAtTheTestServer();
        String userId = admin.userId("desk.tradingstandards");
        try {
            assertThat(admin.setEnabled(userId, false).statusCode()).isEqualTo(204);

            assertThat(fetch(feed)).as("Keycloak's listener told the application before answering").isEqualTo(404);
            JsonObject listed = ApiClient.array(ApiClient.as("admin").get("/api/admin/users"))
                    .getValuesAs(JsonObject.class).stream()
                    .filter(u -> u.getString("username").equals("desk.tradingstandards")).findFirst().orElseThrow();
            assertThat(listed.isNull("disabledAt")).as("administrators see the account disabled").isFalse();
        } finally {
            assertThat(admin.setEnabled(userId, true).statusCode()).isEqualTo(204);
        }
        assertThat(fetch(feed)).as("enabling the user again does not bring the old address back").isEqualTo(404);
        assertThat(status("desk.tradingstandards").getString("endedWhy")).isEqualTo("DISABLED");
    }

    @Test
    void aForgedHostHeaderChangesNoAddressOrLink() throws Exception {
        String forged = "evil.example.org";
        long shop = VisitData.business("Host Header Cafe", "9 Forge Row", "BS1 6HH");
        // Officers are named on visits once the application knows them: their first sign-in.
        assertThat(ApiClient.as("officer.fire").get("/api/me").statusCode()).isEqualTo(200);
        VisitData.created(ApiClient.as("coordinator").post("/api/visits", VisitData.plan(shop, VisitData.at(137, 9),
                "LICENSING", "{\"agencyCode\": \"FIRE\"}", "\"officer.fire\"", null)));
        String issued = raw("POST", "/api/calendar-feed", forged, "Bearer " + Stack.token("officer.fire"));
        assertThat(issued).startsWith("HTTP/1.1 200").contains("\"url\":\"" + Stack.appUrl() + "/feed/")
                .doesNotContain(forged);
        String url = issued.substring(issued.indexOf("\"url\":\"") + 7);
        String path = url.substring(url.indexOf("/feed/"), url.indexOf('"'));

        String feed = raw("GET", path, forged, null);

        assertThat(feed).startsWith("HTTP/1.1 200").contains("text/calendar")
                .contains("URL:" + Stack.appUrl() + "/open/visit/").doesNotContain(forged);
    }

    /** The error page without what changes on every response (the CSP nonce, a view state). */
    private static String withoutPerResponseValues(String body) {
        return body.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll("csp\\.init\\('[^']*'\\)", "csp.init('')")
                .replaceAll("(ViewState[^>]*value=\")[^\"]*\"", "$1\"");
    }

    private static HttpResponse<String> delete(String username, String path) throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                        .header("Authorization", "Bearer " + Stack.token(username)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request written by hand, so that it can name any Host (Java's HTTP client will not): the whole
     * answer, status line, headers and body.
     */
    private static String raw(String method, String path, String host, String authorization) throws Exception {
        URI app = URI.create(Stack.appUrl());
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\nAccept: */*\r\n");
            if (authorization != null) {
                request.append("Authorization: ").append(authorization).append("\r\n");
            }
            if ("POST".equals(method)) {
                request.append("Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            } else {
                request.append("\r\n");
            }
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
