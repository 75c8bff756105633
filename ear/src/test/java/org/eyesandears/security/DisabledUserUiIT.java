package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eyesandears.it.ApiClient;
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
 * Disabling a user in Keycloak ends their application session at once: the project's Keycloak
 * provider (realm/, ADR 0015) ends their Keycloak sessions with back-channel logout, which reaches
 * the application. Their refresh token stops working too.
 */
@ExtendWith(ArquillianExtension.class)
class DisabledUserUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void disablingAUserEndsTheirOpenPageSessionAndTheirRefreshTokenAtOnce() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        admin.pointBackChannelLogoutAtTheTestServer();
        String userId = admin.userId("coordinator");
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "coordinator");
        String refreshToken = refreshToken("coordinator");
        try {
            HttpResponse<String> disabled = admin.setEnabled(userId, false);
            assertThat(disabled.statusCode()).isEqualTo(204);

            browser.get(Stack.appUrl() + "/user/profile.xhtml");
            KeycloakLoginPage.await(browser);
            assertThat(HomePage.isShown(browser)).as("no application page once disabled").isFalse();
            assertThat(browser.getCurrentUrl()).startsWith(Stack.keycloakUrl());
            assertThat(refresh(refreshToken).statusCode()).as("the refresh token is dead too").isEqualTo(400);
            assertThat(ApiClient.array(admin.call("GET", "/users/" + userId + "/sessions", null)))
                    .as("no Keycloak session left").isEmpty();
        } finally {
            assertThat(admin.setEnabled(userId, true).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void anOrdinaryChangeToAUserEndsNothing() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        admin.pointBackChannelLogoutAtTheTestServer();
        String userId = admin.userId("manager");
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "manager");

        HttpResponse<String> updated = admin.setEnabled(userId, true);

        assertThat(updated.statusCode()).isEqualTo(204);
        browser.get(Stack.appUrl() + "/user/profile.xhtml");
        HomePage.await(browser);
        assertThat(KeycloakLoginPage.isShown(browser)).as("still signed in").isFalse();
    }

    private static String refreshToken(String username) throws Exception {
        HttpResponse<String> response = token("grant_type=password&client_id=eyesandears-cli&username="
                + username + "&password=" + username);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Stack.json(response.body()).getString("refresh_token");
    }

    private static HttpResponse<String> refresh(String refreshToken) throws Exception {
        return token("grant_type=refresh_token&client_id=eyesandears-cli&refresh_token=" + refreshToken);
    }

    private static HttpResponse<String> token(String form) throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create(Stack.keycloakUrl() + "/realms/eyesandears/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
