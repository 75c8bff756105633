package org.eyesandears.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.KeycloakLoginPage;
import org.eyesandears.it.pages.ProfilePage;
import org.eyesandears.it.pages.SignOutPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The application shell in a real browser: sign-in through Keycloak's login page, the menu each
 * role sees, the profile page, and sign-out (a POST with the page's view state, never a GET) that also
 * ends the Keycloak session.
 */
@ExtendWith(ArquillianExtension.class)
class ShellUiIT {

    /** What each demo user's menu must offer, beside Home, and nothing more. */
    private static final Map<String, List<String>> MENU = Map.ofEntries(
            Map.entry("officer.food", List.of("Log a concern", "My referrals", "Visits", "Business radar")),
            Map.entry("officer.fire", List.of("Log a concern", "My referrals", "Visits", "Business radar")),
            Map.entry("desk.immigration", List.of("Desk inbox", "Information requests", "Tasking pack", "Visits",
                    "Business radar")),
            Map.entry("desk.hmrc", List.of("Desk inbox", "Information requests", "Tasking pack", "Visits",
                    "Business radar")),
            Map.entry("desk.fire", List.of("Desk inbox", "Information requests", "Tasking pack", "Visits",
                    "Business radar")),
            Map.entry("desk.tradingstandards", List.of("Desk inbox", "Information requests", "Tasking pack", "Visits",
                    "Business radar")),
            Map.entry("coordinator", List.of("Tasking pack", "Visits", "Business radar")),
            Map.entry("manager", List.of("Tasking pack", "Visits", "Business radar", "Dashboard", "Retention review")),
            Map.entry("analyst", List.of("Visits", "Linkage", "Business radar")),
            Map.entry("admin", List.of("Administration", "Targets", "Agencies", "Indicators", "Sharing agreements",
                    "Retention periods")),
            Map.entry("auditor", List.of("Audit")));

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void anOfficerOnAPhoneSignsInSeesTheirMenuAndProfileAndSignsOut() throws Exception {
        WebDriver browser = session.open(Browser.PHONE);
        browser.get(Stack.appUrl() + "/");

        HomePage home = KeycloakLoginPage.await(browser).signInAs("officer.food");

        assertThat(home.heading()).isEqualTo("Welcome, Priya Shah");
        assertThat(home.menuEntries()).containsExactly("Home", "Log a concern", "My referrals", "Visits", "Business radar");
        ProfilePage profile = home.openProfile();
        assertThat(profile.name()).isEqualTo("Priya Shah");
        assertThat(profile.agency()).isEqualTo("Food safety and environmental health (FOOD)");
        assertThat(profile.roles()).isEqualTo("officer");

        HomePage.await(browser).signOut();
        browser.get(Stack.appUrl() + "/");
        assertThat(KeycloakLoginPage.await(browser)).isNotNull();
        assertThat(KeycloakLoginPage.isShown(browser))
                .as("after sign-out, Keycloak asks for the password again").isTrue();
    }

    @Test
    void everyDemoUserSeesTheMenuOfTheirRole() throws Exception {
        WebDriver browser = session.open(Browser.LAPTOP);
        for (Map.Entry<String, List<String>> user : MENU.entrySet()) {
            browser.get(Stack.appUrl() + "/");
            HomePage home = KeycloakLoginPage.await(browser).signInAs(user.getKey());

            assertThat(home.menuEntries()).as(user.getKey())
                    .containsExactlyElementsOf(concat("Home", user.getValue()));
            assertThat(user.getValue()).allSatisfy(entry ->
                    assertThat(home.isMenuEntryDisplayed(entry)).as(user.getKey() + ": " + entry).isTrue());
            home.signOut();
        }
    }

    @Test
    void anOfficerCannotOpenTheAdministrationPage() throws Exception {
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "officer.fire");

        browser.get(Stack.appUrl() + "/admin/users.xhtml");

        assertThat(browser.getPageSource()).contains("You do not have access to this page")
                .doesNotContain("People who have signed in");
    }

    @Test
    void aTypedOrForgedSignOutLeavesTheUserSignedInAndTheButtonOnTheSignOutPageSignsOut() throws Exception {
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "officer.fire");
        String sessionCookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();

        // What another site could make the browser send, with the session cookie attached: the old
        // GET link, a POST to it, and the header button's POST with a made-up view state.
        HttpResponse<String> typed = send(sessionCookie, "GET", "/logout", null);
        HttpResponse<String> posted = send(sessionCookie, "POST", "/logout", "");
        HttpResponse<String> forged = send(sessionCookie, "POST", "/index.xhtml",
                "menuForm=menuForm&menuForm%3AlogoutLink=Sign+out&jakarta.faces.ViewState=-123%3A456");

        assertThat(typed.statusCode()).isEqualTo(303);
        assertThat(typed.headers().firstValue("Location")).hasValue("/user/sign-out.xhtml");
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotStartWith(Stack.keycloakUrl());
        browser.get(Stack.appUrl() + "/user/profile.xhtml");
        assertThat(ProfilePage.await(browser).name()).as("still signed in").isEqualTo("Tom Evans");

        SignOutPage signOut = SignOutPage.type(browser, Stack.appUrl());
        assertThat(signOut.heading()).as("the typed address asks first").isEqualTo("Sign out");
        signOut.signOut();
        browser.get(Stack.appUrl() + "/");
        assertThat(KeycloakLoginPage.await(browser)).isNotNull();
        assertThat(KeycloakLoginPage.isShown(browser)).as("Keycloak's session ended too").isTrue();
    }

    private static HttpResponse<String> send(String cookie, String method, String path, String form)
            throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
