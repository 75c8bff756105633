package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.KeycloakLoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * When a user is signed out in Keycloak (by an administrator, through Keycloak's admin API), their
 * page session in the application ends at once through back-channel logout; a forged logout token
 * ends nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BackChannelLogoutUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void signingAUserOutInKeycloakEndsTheirApplicationSessionAtOnce() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        admin.pointBackChannelLogoutAtTheTestServer();
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "analyst");

        HttpResponse<String> forged = postLogoutToken("eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.");
        browser.get(Stack.appUrl() + "/user/profile.xhtml");
        HomePage.await(browser);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(KeycloakLoginPage.isShown(browser)).as("still signed in after a forged logout").isFalse();

        HttpResponse<String> logout = admin.call("POST", "/users/" + admin.userId("analyst") + "/logout", "");
        assertThat(logout.statusCode()).isEqualTo(204);

        browser.get(Stack.appUrl() + "/user/profile.xhtml");
        KeycloakLoginPage.await(browser);
        assertThat(HomePage.isShown(browser)).as("no application page after sign-out").isFalse();
        assertThat(browser.getCurrentUrl()).startsWith(Stack.keycloakUrl());
    }

    private static HttpResponse<String> postLogoutToken(String token) throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + "/public/backchannel-logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
