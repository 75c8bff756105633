package org.eyesandears.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Stack;
import org.eyesandears.it.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMailUtil;

/** Notifications in the application and by e-mail, through a real SMTP server. */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final String OBSERVATION = "Eleven mattresses in the loft above the kitchen.";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String referral(String urgency) throws Exception {
        return ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Notified Noodles", "addressLine1": "8 Park Street", "postcode": "LU1 3ET"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_WORKERS_LIVING"], "observation": "%s",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "%s"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London")), OBSERVATION, urgency))).getString("reference");
    }

    /** The e-mails to one address whose subject names the reference, waiting up to 10 s for the first. */
    private static List<MimeMessage> mailFor(String address, String reference) throws Exception {
        return Eventually.until("a mail to " + address + " about " + reference, Duration.ofSeconds(10),
                () -> mailsNow(address, reference), found -> !found.isEmpty());
    }

    private static List<MimeMessage> mailsNow(String address, String reference) {
        return Arrays.stream(TestStack.mail().getReceivedMessages())
                .filter(m -> addressedTo(m, address, reference))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address, String reference) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)
                    && message.getSubject().contains(reference);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOfficerIsToldOfAQuestionInTheAppAndByMailWithoutTheIntelligence() throws Exception {
        String reference = referral("ROUTINE");
        ApiClient desk = ApiClient.as("desk.immigration");
        JsonObject routing = ApiClient.object(desk.get("/api/referrals/" + reference)).getJsonArray("routings")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("IMMIGRATION"))
                .findFirst().orElseThrow();
        long id = routing.getJsonNumber("id").longValue();
        JsonObject inReview = ApiClient.object(desk.post("/api/routings/" + id + "/transitions",
                "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(routing.getJsonNumber("version").longValue())));

        desk.post("/api/routings/" + id + "/transitions",
                "{\"to\": \"INFO_REQUESTED\", \"reason\": \"Which floor?\", \"expectedVersion\": %d}"
                        .formatted(inReview.getJsonNumber("version").longValue()));

        List<MimeMessage> mails = mailFor("officer.food@example.org", reference);
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(mails.get(0).getSubject())
                .isEqualTo("Eyes and Ears: Home Office Immigration Enforcement has a question about your referral " + reference);
        assertThat(body).contains(Stack.appUrl() + "/open/referral/" + reference)
                .doesNotContain(OBSERVATION).doesNotContain("Which floor?");

        var inApp = ApiClient.as("officer.food").get("/api/me/notifications");
        assertThat(ApiClient.array(inApp).getValuesAs(JsonObject.class))
                .anyMatch(n -> reference.equals(n.getString("reference", null)) && n.getString("kind").equals("QUESTION")
                        && !n.getBoolean("read"));
        assertThat(Long.parseLong(inApp.headers().firstValue("X-Unread-Count").orElseThrow())).isPositive();
    }

    @Test
    void desksAreToldOfANewUrgentReferralAtOnce() throws Exception {
        ApiClient.as("desk.immigration").get("/api/me");

        String reference = referral("URGENT");

        List<MimeMessage> mails = mailFor("desk.immigration@example.org", reference);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Eyes and Ears: Urgent referral " + reference + " for your agency");
        assertThat(GreenMailUtil.getBody(mails.get(0))).doesNotContain(OBSERVATION);
        Eventually.holdsFor("no mail to an agency it was not routed to", Duration.ofSeconds(10),
                () -> mailsNow("desk.hmrc@example.org", reference), List::isEmpty);
    }
}
