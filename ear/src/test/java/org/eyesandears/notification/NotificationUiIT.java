package org.eyesandears.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Stack;
import org.eyesandears.it.TestStack;
import org.eyesandears.it.pages.KeycloakLoginPage;
import org.eyesandears.it.pages.ReferralDetailPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

import com.icegreen.greenmail.util.GreenMailUtil;

/** A notification e-mail's link, opened as the officer would: signed out, on a phone, signing in on the way. */
@ExtendWith(ArquillianExtension.class)
class NotificationUiIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void theLinkInTheQuestionEmailOpensTheReferralAfterSigningIn() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Linked Lanterns", "addressLine1": "4 Bridge Street", "postcode": "LU1 2NB"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_WORKERS_LIVING"], "observation": "Camp beds behind the counter.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))))).getString("reference");
        ApiClient desk = ApiClient.as("desk.immigration");
        JsonObject routing = ApiClient.object(desk.get("/api/referrals/" + reference)).getJsonArray("routings")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("IMMIGRATION"))
                .findFirst().orElseThrow();
        long id = routing.getJsonNumber("id").longValue();
        JsonObject inReview = ApiClient.object(desk.post("/api/routings/" + id + "/transitions",
                "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(routing.getJsonNumber("version").longValue())));
        desk.post("/api/routings/" + id + "/transitions",
                "{\"to\": \"INFO_REQUESTED\", \"reason\": \"How many camp beds?\", \"expectedVersion\": %d}"
                        .formatted(inReview.getJsonNumber("version").longValue()));

        MimeMessage mail = Eventually.until("the question's e-mail to officer.food", Duration.ofSeconds(15),
                () -> Arrays.stream(TestStack.mail().getReceivedMessages()).filter(m -> about(m, reference)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("a link in the e-mail").isTrue();

        WebDriver browser = session.open(Browser.PHONE);
        browser.get(link.group());
        KeycloakLoginPage.await(browser).signInAs("officer.food");
        ReferralDetailPage detail = ReferralDetailPage.await(browser);

        assertThat(browser.getCurrentUrl()).endsWith("/referral/detail.xhtml?ref=" + reference);
        assertThat(detail.business()).contains("Linked Lanterns");
        assertThat(detail.routing("IMMIGRATION")).contains("How many camp beds?");
    }

    private static boolean about(MimeMessage message, String reference) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains("officer.food@example.org")
                    && message.getSubject().contains(reference);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
