package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.ConcernCardPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.InboxPage;
import org.eyesandears.it.pages.NotificationsPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The pages work under the Content-Security-Policy: the concern card (type-ahead, AJAX, upload)
 * and the desk inbox run their PrimeFaces scripts with no violation in the browser console.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityUiIT {

    /** A 1x1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void theConcernCardAndTheInboxRunWithoutContentSecurityPolicyViolations() throws Exception {
        Path photo = Files.createTempDirectory("csp").resolve("exit.png");
        Files.write(photo, PNG);
        WebDriver officer = session.open(Browser.PHONE);
        HomePage.signIn(officer, Stack.appUrl(), "officer.food");

        ConcernCardPage card = ConcernCardPage.open(officer, Stack.appUrl())
                .newPremises("Nonce Noodle Bar", "7 Wellington Street", "Luton", "LU1 2QH")
                .tick("IMM_WORKERS_LIVING")
                .observe("Mattresses behind the kitchen.")
                .grade(0, 0)
                .attach(photo);
        card.submit();
        assertThat(card.confirmationHeading()).as("submitted through AJAX and upload").startsWith("Sent: EE-");

        ConcernCardPage.open(officer, Stack.appUrl()).chooseBusiness("nonce noodle", "Nonce Noodle Bar");
        assertThat(Browser.cspViolations(officer)).as("console of the officer's browser").isEmpty();

        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.immigration");
        InboxPage.open(desk, Stack.appUrl()).awaitText("Nonce Noodle Bar");
        assertThat(Browser.cspViolations(desk)).as("console of the desk's browser").isEmpty();
    }

    /**
     * Opening the notifications marks them read, so the page is a protected view: a link from
     * another site (or a typed address) does not open it and changes nothing; the menu link does.
     */
    @Test
    void aStateChangingPageOpensOnlyFromTheApplicationsOwnLink() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.fire").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Token Tandoori", "addressLine1": "9 Bute Street", "postcode": "LU1 2EY"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_NERVOUS_WORKERS"], "observation": "Staff left when we arrived.",
                 "grading": {"source": "UNTESTED", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))))).getString("reference");
        ApiClient desk = ApiClient.as("desk.immigration");
        ask(desk, reference, "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}");
        ask(desk, reference, "{\"to\": \"INFO_REQUESTED\", \"reason\": \"How many staff?\", \"expectedVersion\": %d}");
        long unread = unread();
        assertThat(unread).as("the officer has been told of the question").isPositive();

        WebDriver officer = session.open(Browser.LAPTOP);
        HomePage.signIn(officer, Stack.appUrl(), "officer.fire");
        NotificationsPage.type(officer, Stack.appUrl());
        assertThat(NotificationsPage.isShown(officer)).as("opened by a typed or forged link").isFalse();
        assertThat(unread()).as("nothing marked read").isEqualTo(unread);

        HomePage.open(officer, Stack.appUrl()).openNotifications().awaitNotification(reference);
        assertThat(unread()).as("read once shown").isZero();
        assertThat(Browser.cspViolations(officer)).isEmpty();
    }

    private static void ask(ApiClient desk, String reference, String body) throws Exception {
        jakarta.json.JsonObject routing = ApiClient.object(desk.get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals("IMMIGRATION")).findFirst().orElseThrow();
        assertThat(desk.post("/api/routings/" + routing.getJsonNumber("id").longValue() + "/transitions",
                body.formatted(routing.getJsonNumber("version").longValue())).statusCode()).isEqualTo(200);
    }

    private static long unread() throws Exception {
        return Long.parseLong(ApiClient.as("officer.fire").get("/api/me/notifications?max=1").headers()
                .firstValue("X-Unread-Count").orElseThrow());
    }
}
