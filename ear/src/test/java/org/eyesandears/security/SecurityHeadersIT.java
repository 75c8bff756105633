package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Security headers, cookies and error pages as a browser or a script receives them from the deployed application. */
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
        assertThat(toSignIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
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
