package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.JsonObject;

import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.eyesandears.it.TestStack;
import org.junit.jupiter.api.Test;

/**
 * The production realm file (realm/eyesandears-realm.json) as the real Keycloak imports it at start,
 * placeholders filled from the environment, exactly as in production; the test stack imports it
 * beside the dev realm under another name, with {@code sslRequired} relaxed to {@code external}
 * because the test Keycloak speaks plain HTTP on loopback (TestStack). Each test makes its own user
 * through the admin API, as an administrator would, and signs in through Keycloak's real login
 * pages as a browser does.
 */
class ProductionRealmIT {

    private static final String REALM = TestStack.PRODUCTION_COPY;
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern TOTP_SECRET = Pattern.compile("name=\"totpSecret\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_ID = Pattern.compile("data-page-id=\"([^\"]+)\"");
    private static final String GOOD_PASSWORD = "correct horse battery staple";

    private static String realmUrl() {
        return Stack.keycloakUrl() + "/realms/" + REALM;
    }

    private static String returnAddress() {
        return Stack.appUrl() + "/production-check";
    }

    private static KeycloakAdmin admin() throws Exception {
        return KeycloakAdmin.signIn().inRealm(REALM);
    }

    /** A new user in the Licensing agency's group, with {@code password} set by an administrator. */
    private static String newUser(KeycloakAdmin admin, String username, String password) throws Exception {
        HttpResponse<String> created = admin.call("POST", "/users", """
                {"username": "%s", "enabled": true, "email": "%s@example.org", "emailVerified": true,
                 "firstName": "Sam", "lastName": "Lee", "groups": ["/Licensing"]}""".formatted(username, username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = admin.userId(username);
        assertThat(setPassword(admin, id, password).statusCode()).isEqualTo(204);
        return id;
    }

    private static HttpResponse<String> setPassword(KeycloakAdmin admin, String userId, String password) throws Exception {
        return admin.call("PUT", "/users/" + userId + "/reset-password",
                Json.object("type", "password", "value", password, "temporary", false));
    }

    private static HttpResponse<String> tokenRequest(String form) throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noClientMayExchangeAPasswordForAToken() throws Exception {
        newUser(admin(), "direct.grant.check", GOOD_PASSWORD);
        String credentials = "&username=direct.grant.check&password=" + encode(GOOD_PASSWORD);

        HttpResponse<String> web = tokenRequest("grant_type=password&client_id=eyesandears-web&client_secret="
                + TestStack.PRODUCTION_COPY_SECRET + credentials);
        HttpResponse<String> adminCli = tokenRequest("grant_type=password&client_id=admin-cli" + credentials);
        HttpResponse<String> cli = tokenRequest("grant_type=password&client_id=eyesandears-cli" + credentials);

        for (HttpResponse<String> refused : java.util.List.of(web, adminCli, cli)) {
            assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
            assertThat(refused.body()).doesNotContain("access_token");
        }
        assertThat(web.body()).contains("unauthorized_client");
        assertThat(cli.body()).as("there is no dev CLI client").contains("invalid_client");
    }

    @Test
    void weakPasswordsAreRefusedAndOldOnesCannotComeBack() throws Exception {
        KeycloakAdmin admin = admin();
        String id = newUser(admin, "password.policy.check", GOOD_PASSWORD);

        assertThat(setPassword(admin, id, "Short-pass1").body()).contains("invalidPasswordMinLengthMessage");
        assertThat(setPassword(admin, id, "password.policy.check").body()).contains("invalidPassword")
                .containsIgnoringCase("username");
        assertThat(setPassword(admin, id, "my password.policy.check 2026").body()).contains("invalidPassword")
                .containsIgnoringCase("username");
        assertThat(setPassword(admin, id, "an entirely different phrase").statusCode()).isEqualTo(204);
        assertThat(setPassword(admin, id, GOOD_PASSWORD).body()).contains("invalidPasswordHistoryMessage");
    }

    @Test
    void everyUserSetsUpAOneTimeCodeAtFirstSignInAndNeedsItEveryTimeAfter() throws Exception {
        newUser(admin(), "one.time.code.check", GOOD_PASSWORD);
        Browser first = new Browser();
        String verifier = codeVerifier();

        HttpResponse<String> afterPassword = first.signIn("one.time.code.check", GOOD_PASSWORD, verifier);
        assertThat(pageId(afterPassword)).as("no code for a user without a one-time code")
                .isEqualTo("login-login-config-totp");
        assertThat(afterPassword.uri().toString()).doesNotContain("code=");

        String secret = find(TOTP_SECRET, afterPassword.body());
        HttpResponse<String> configured = first.post(find(FORM_ACTION, afterPassword.body()),
                Map.of("totp", totp(secret, Instant.now()), "totpSecret", secret, "userLabel", "phone"));
        assertThat(configured.statusCode()).isEqualTo(302);
        String location = configured.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(returnAddress()).contains("code=");
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        HttpResponse<String> tokens = tokenRequest("grant_type=authorization_code&client_id=eyesandears-web&client_secret="
                + TestStack.PRODUCTION_COPY_SECRET + "&code=" + code + "&redirect_uri=" + encode(returnAddress())
                + "&code_verifier=" + verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonObject access = claims(Stack.json(tokens.body()).getString("access_token"));
        assertThat(access.get("aud").toString()).as("the token is for the application").contains("eyesandears-web");
        assertThat(access.getString("agency")).isEqualTo("LICENSING");
        assertThat(access.getJsonNumber("exp").longValue() - access.getJsonNumber("iat").longValue())
                .as("access tokens live 5 minutes").isEqualTo(300);

        HttpResponse<String> secondSignIn = new Browser().signIn("one.time.code.check", GOOD_PASSWORD, verifier);
        assertThat(pageId(secondSignIn)).as("the password alone is not enough").isEqualTo("login-login-otp");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneFails() throws Exception {
        KeycloakAdmin admin = admin();
        String id = newUser(admin, "brute.force.check", GOOD_PASSWORD);
        Browser browser = new Browser();
        String verifier = codeVerifier();

        HttpResponse<String> page = browser.open(verifier);
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = browser.post(find(FORM_ACTION, page.body()),
                    Map.of("username", "brute.force.check", "password", "wrong guess number " + attempt));
            assertThat(pageId(page)).isEqualTo("login-login");
        }
        HttpResponse<String> rightPassword = browser.post(find(FORM_ACTION, page.body()),
                Map.of("username", "brute.force.check", "password", GOOD_PASSWORD));

        assertThat(rightPassword.statusCode()).isEqualTo(200);
        assertThat(pageId(rightPassword)).as("still the sign-in page, not the one-time code").isEqualTo("login-login");
        JsonObject status = Stack.json(admin.call("GET", "/attack-detection/brute-force/users/" + id, null).body());
        assertThat(status.getBoolean("disabled")).as(status.toString()).isTrue();
    }

    @Test
    void onlyTheApplicationsOwnAddressIsAcceptedForTheReturn() throws Exception {
        HttpResponse<String> elsewhere = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(authorizationUrl(
                "https://elsewhere.example/callback", "x".repeat(43)))).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> devAddress = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(authorizationUrl(
                "http://localhost:8080/", "x".repeat(43)))).GET().build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : java.util.List.of(elsewhere, devAddress)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("redirect_uri");
        }
    }

    // --- a browser, as far as Keycloak's login pages need one ---

    private static String authorizationUrl(String redirectUri, String verifier) throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        return realmUrl() + "/protocol/openid-connect/auth?client_id=eyesandears-web&response_type=code&scope=openid"
                + "&state=production-check&redirect_uri=" + encode(redirectUri)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    /** Follows Keycloak's redirects within Keycloak, with a cookie jar; stops at the application's address. */
    private static final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> open(String verifier) throws Exception {
            return follow(send(HttpRequest.newBuilder(URI.create(authorizationUrl(returnAddress(), verifier))).GET()));
        }

        HttpResponse<String> signIn(String username, String password, String verifier) throws Exception {
            HttpResponse<String> login = open(verifier);
            assertThat(pageId(login)).isEqualTo("login-login");
            return post(find(FORM_ACTION, login.body()), Map.of("username", username, "password", password));
        }

        HttpResponse<String> post(String action, Map<String, String> fields) throws Exception {
            StringBuilder form = new StringBuilder();
            fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(encode(name)).append('=')
                    .append(encode(value)));
            return follow(send(HttpRequest.newBuilder(URI.create(action.replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()))));
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            while (response.statusCode() / 100 == 3) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (!next.toString().startsWith(Stack.keycloakUrl())) {
                    return response;
                }
                response = send(HttpRequest.newBuilder(next).GET());
            }
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.values()));
            }
            HttpResponse<String> response = Stack.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair);
            }
            return response;
        }
    }

    /** The RFC 6238 code an authenticator app shows for Keycloak's secret (HMAC-SHA1, 6 digits, 30 s). */
    static String totp(String secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static String codeVerifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String pageId(HttpResponse<String> page) {
        Matcher matcher = PAGE_ID.matcher(page.body());
        return matcher.find() ? matcher.group(1) : "status " + page.statusCode() + " at " + page.uri();
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private static JsonObject claims(String token) {
        return Stack.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Small JSON bodies for the admin API. */
    private static final class Json {
        static String object(Object... pairs) {
            jakarta.json.JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                if (pairs[i + 1] instanceof Boolean flag) {
                    builder.add((String) pairs[i], flag);
                } else {
                    builder.add((String) pairs[i], String.valueOf(pairs[i + 1]));
                }
            }
            return builder.build().toString();
        }
    }
}
