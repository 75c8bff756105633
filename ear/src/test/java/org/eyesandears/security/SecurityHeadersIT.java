package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security headers, cookies and error pages as a browser or a script receives them from the deployed
 * application, over plain HTTP, over HTTPS (the test server's own TLS listener) and as behind a
 * TLS-terminating proxy.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProtected(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.allValues("Content-Security-Policy")).hasSize(1)
                .first().asString().contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
    }

    @Test
    void apiAnswersCarryTheHeadersAndAreNeverCached() throws Exception {
        HttpResponse<String> signedIn = ApiClient.as("desk.fire").get("/api/inbox");
        HttpResponse<String> noToken = get("/api/inbox");

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertProtected(signedIn.headers());
        assertThat(signedIn.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(signedIn.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertProtected(noToken.headers());
    }

    @Test
    void pagesGetANonceBasedPolicyAndTheRedirectToSignInIsProtectedToo() throws Exception {
        HttpResponse<String> publicPage = get("/public/signed-out.xhtml");
        HttpResponse<String> toSignIn = get("/referral/concern-card.xhtml");

        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertProtected(publicPage.headers());
        String policy = publicPage.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'").containsPattern("script-src 'self' 'nonce-[^']+'");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(publicPage.body()).as("the page's scripts carry the nonce").contains("nonce=\"" + nonce + "\"");
        assertThat(get("/public/signed-out.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a fresh nonce per response").doesNotContain(nonce);
        assertThat(publicPage.headers().firstValue("Cache-Control")).get().asString().contains("no-store");

        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(toSignIn.headers().firstValue("Location")).get().asString().startsWith(Stack.keycloakUrl());
        assertProtected(toSignIn.headers());
        assertThat(toSignIn.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
    }

    @Test
    void overHttpsTheServerSendsHstsAndTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingTheTestServersSelfSignedCertificate())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Stack.CONNECT_TIMEOUT).build();
        String https = "https://localhost:" + (8443 + Integer.getInteger("it.port.offset"));

        HttpResponse<String> toSignIn = tls.send(HttpRequest.newBuilder(URI.create(https + "/referral/concern-card.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = tls.send(HttpRequest.newBuilder(URI.create(https + "/api/inbox"))
                .header("Authorization", "Bearer " + Stack.token("desk.fire")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> signedInCookies = signInLikeABrowser(tls, https, "/user/profile.xhtml", "desk.fire");

        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(api.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : List.of(toSignIn, api)) {
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .hasValue("max-age=31536000; includeSubDomains");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
        assertThat(toSignIn.headers().allValues("Set-Cookie")).as("the sign-in state cookies").isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure").containsIgnoringCase("HttpOnly"));
        assertThat(signedInCookies).filteredOn(c -> c.startsWith("JSESSIONID=")).as("the session cookie")
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure")
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void overPlainHttpNoHstsAndNoSecureCookiesButBehindATlsProxyBoth() throws Exception {
        HttpResponse<String> plain = get("/referral/concern-card.xhtml");
        // As a TLS-terminating proxy forwards it: HTTP/1.1, with the X-Forwarded headers.
        HttpClient proxy = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Stack.CONNECT_TIMEOUT).build();
        HttpResponse<String> proxied = proxy.send(HttpRequest.newBuilder(
                        URI.create(Stack.appUrl() + "/referral/concern-card.xhtml"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("secure"));
        // The test server trusts X-Forwarded-Proto (PROXY_ADDRESS_FORWARDING=true), as behind a proxy.
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(proxied.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure").containsIgnoringCase("HttpOnly"));
        assertThat(proxied.headers().firstValue("Location")).get().asString()
                .as("the sign-in return address is the proxy's https one").contains("redirect_uri=https");
    }

    /**
     * Signs in over HTTPS as a browser does (redirect to Keycloak, its login form, back with the
     * code, on to the page) and returns every cookie the application set on the way.
     */
    private static List<String> signInLikeABrowser(HttpClient tls, String https, String page, String username)
            throws Exception {
        allowReturnAddress(https + "/*");
        List<String> appCookies = new ArrayList<>();
        // A simple cookie jar by name: the application's and Keycloak's cookies have different names.
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        HttpResponse<String> response = tls.send(HttpRequest.newBuilder(URI.create(https + page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 10; hop++) {
            if (response.uri().toString().startsWith(https)) {
                appCookies.addAll(response.headers().allValues("Set-Cookie"));
            }
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                jar.put(pair.substring(0, pair.indexOf('=')), pair);
            }
            String cookies = String.join("; ", jar.values());
            if (response.statusCode() / 100 == 3) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = tls.send(HttpRequest.newBuilder(next).header("Cookie", cookies).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } else if (response.statusCode() == 200 && response.body().contains("login-actions/authenticate")) {
                String action = response.body()
                        .replaceAll("(?s).*action=\"([^\"]*login-actions/authenticate[^\"]*)\".*", "$1")
                        .replace("&amp;", "&");
                response = tls.send(HttpRequest.newBuilder(URI.create(action)).header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + username))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } else {
                break;
            }
        }
        assertThat(response.statusCode()).as("signed in over https: " + response.uri()).isEqualTo(200);
        assertThat(response.uri().toString()).startsWith(https + page);
        assertThat(response.body()).contains("profileName");
        return appCookies;
    }

    /** The realm's web client accepts the test server's HTTPS address as a return address. */
    private static void allowReturnAddress(String pattern) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        JsonObject client = ApiClient.array(admin.call("GET", "/clients?clientId=eyesandears-web", null))
                .getJsonObject(0);
        JsonArrayBuilder uris = Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(pattern);
        HttpResponse<String> updated = admin.call("PUT", "/clients/" + client.getString("id"),
                Json.createObjectBuilder().add("redirectUris", uris).build().toString());
        assertThat(updated.statusCode()).isEqualTo(204);
    }

    /** The test server's certificate is WildFly's self-signed one; trust it (and only in this test). */
    private static SSLContext trustingTheTestServersSelfSignedCertificate() throws Exception {
        X509TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (!chain[0].getSubjectX500Principal().getName().contains("CN=localhost")) {
                    throw new CertificateException("not the test server: " + chain[0].getSubjectX500Principal());
                }
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, new SecureRandom());
        return context;
    }

    @Test
    void theOpenApiDocumentCarriesTheHeadersAndAllowsNoCrossOriginReads() throws Exception {
        // WildFly serves /openapi outside the application, and on its own it answers any origin with
        // "Access-Control-Allow-Origin: *" and "Access-Control-Allow-Credentials: true".
        HttpResponse<String> document = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + "/openapi"))
                .header("Origin", "https://elsewhere.example").header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> preflight = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + "/openapi"))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingTheTestServersSelfSignedCertificate())
                .connectTimeout(Stack.CONNECT_TIMEOUT).build();
        HttpResponse<String> overTls = tls.send(HttpRequest.newBuilder(URI.create(
                "https://localhost:" + (8443 + Integer.getInteger("it.port.offset")) + "/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"", "/api/");
        for (HttpResponse<String> response : List.of(document, preflight)) {
            assertThat(response.headers().map().keySet()).as("no CORS headers at all")
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
            assertProtected(response.headers());
        }
        assertThat(document.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        assertThat(document.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(document.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(document.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(overTls.statusCode()).isEqualTo(200);
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void stylesheetsMayBeCachedButStillCarryTheHeaders() throws Exception {
        String page = get("/public/signed-out.xhtml").body();
        String stylesheet = page.replaceAll("(?s).*href=\"([^\"]*jakarta\\.faces\\.resource/[^\"]*)\".*", "$1")
                .replace("&amp;", "&");

        HttpResponse<String> css = get(stylesheet);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    @Test
    void errorsShowAPlainPageWithoutStackTraces() throws Exception {
        HttpResponse<String> missing = get("/public/no-such-page.xhtml");
        HttpResponse<String> badInput = ApiClient.as("desk.fire").get("/api/inbox?from=yesterday-ish");
        HttpResponse<String> notJson = ApiClient.as("officer.food").post("/api/referrals", "{not json");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception", "at org.", "WildFly", "Undertow");
        assertProtected(missing.headers());
        for (HttpResponse<String> response : java.util.List.of(badInput, notJson)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception", "at org.", "jakarta.", "resteasy");
        }
    }
}
