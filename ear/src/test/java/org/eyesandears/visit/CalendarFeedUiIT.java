package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.CalendarFeedPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.KeycloakLoginPage;
import org.eyesandears.it.pages.VisitPage;
import org.eyesandears.it.pages.UsersPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The calendar feed in the browser: the user sees the address on APP_URL and until when it works;
 * an administrator sees it on the users page and revokes it there; the user's page then says why
 * it stopped.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void theUserSeesUntilWhenTheAddressWorksAndAnAdministratorRevokesItOnTheUsersPage() throws Exception {
        WebDriver officer = session.open(Browser.LAPTOP);
        HomePage.signIn(officer, Stack.appUrl(), "officer.food");
        CalendarFeedPage feedPage = CalendarFeedPage.open(officer, Stack.appUrl());

        String address = feedPage.makeAddress();

        assertThat(address).startsWith(Stack.appUrl() + "/feed/").endsWith(".ics");
        String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                .format(Instant.now().plus(Duration.ofDays(90)).atZone(ZoneId.of("Europe/London")));
        assertThat(feedPage.state()).contains("It works until " + day);
        String path = address.substring(Stack.appUrl().length());
        assertThat(ApiClient.withRawToken(null).get(path).statusCode()).isEqualTo(200);

        WebDriver admin = session.open(Browser.LAPTOP);
        HomePage.signIn(admin, Stack.appUrl(), "admin");
        UsersPage users = UsersPage.open(admin, Stack.appUrl());
        assertThat(users.row("officer.food")).contains("works until " + day);

        users.revokeFeed("officer.food");

        assertThat(users.messages()).contains("The calendar-feed address of officer.food is revoked.");
        assertThat(users.row("officer.food")).contains("none");
        assertThat(ApiClient.withRawToken(null).get(path).statusCode()).isEqualTo(404);
        assertThat(CalendarFeedPage.open(officer, Stack.appUrl()).state())
                .contains("You have no working feed address.", "an administrator revoked it");
    }

    @Test
    void aVisitsDetailsLinkInTheFeedOpensTheVisitAfterSigningIn() throws Exception {
        ApiClient officer = ApiClient.as("officer.fire");
        assertThat(officer.get("/api/me").statusCode()).isEqualTo(200); // known to the application: can be named
        long shop = VisitData.business("Feedlink Fried Chicken", "12 Calendar Lane", "LU2 0FF");
        long visit = VisitData.created(ApiClient.as("coordinator").post("/api/visits", VisitData.plan(shop,
                VisitData.at(12, 10), "LICENSING", "{\"agencyCode\": \"FIRE\"}", "\"officer.fire\"", null)));
        String address = ApiClient.object(officer.post("/api/calendar-feed", "{}")).getString("url");
        String feed = ApiClient.withRawToken(null).get(address.substring(Stack.appUrl().length())).body()
                .replace("\r\n ", "");
        String link = feed.lines().filter(l -> l.startsWith("URL:") && l.endsWith("/" + visit)).findFirst()
                .orElseThrow(() -> new AssertionError("no URL for visit " + visit + " in\n" + feed)).substring(4);

        WebDriver browser = session.open(Browser.PHONE);
        browser.get(link);
        KeycloakLoginPage.await(browser).signInAs("officer.fire");

        assertThat(VisitPage.await(browser).businessName()).contains("Feedlink Fried Chicken");
        assertThat(browser.getCurrentUrl()).endsWith("/visit/visit.xhtml?id=" + visit);
    }
}
