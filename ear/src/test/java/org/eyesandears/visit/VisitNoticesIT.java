package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.visit.VisitData.LONDON;
import static org.eyesandears.visit.VisitData.at;
import static org.eyesandears.visit.VisitData.business;
import static org.eyesandears.visit.VisitData.created;
import static org.eyesandears.visit.VisitData.plan;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.KeycloakAdmin;
import org.eyesandears.it.Stack;
import org.eyesandears.it.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Visit notices close the partnership's loops (issue 16): invited desks hear of an invitation in the
 * application and by e-mail with an iCalendar invitation that their calendar keeps up to date through
 * moves and cancellation; the planner hears each answer; the officer whose referral prompted a visit
 * hears of its outcome and reads it as far as each agency's sharing agreement allows.
 */
@ExtendWith(ArquillianExtension.class)
class VisitNoticesIT {

    /** A food-safety coordinator who also runs the food desk, as small partnerships do. */
    private static final String FOOD_COORDINATOR = "coordinator.food";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @BeforeAll
    static void everyoneHasSignedInOnce() throws Exception {
        KeycloakAdmin.signIn().ensureUser(FOOD_COORDINATOR, "/Food safety and environmental health/Food North",
                "coordinator", "desk");
        // Desks and named officers are known once they have signed in: a first call makes their profile.
        for (String user : List.of("coordinator", FOOD_COORDINATOR, "desk.fire", "desk.hmrc", "officer.fire",
                "officer.food")) {
            assertThat(ApiClient.as(user).get("/api/me").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anInvitedDeskIsInvitedWithACalendarEntryThatFollowsMovesAndCancellationAndThePlannerHearsTheAnswer()
            throws Exception {
        long shop = business("Invitation Grill", "41 Uxbridge Road", "W5 5QA");
        ApiClient coordinator = ApiClient.as("coordinator");
        long id = created(coordinator.post("/api/visits", plan(shop, at(45, 10), "LICENSING",
                "{\"agencyCode\": \"FIRE\"}", "", null)));

        Calendar invitation = calendarFor("desk.fire@example.org", "Invitation:", "Invitation Grill", 1);
        assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent invited = invitation.<VEvent>getComponents("VEVENT").get(0);
        assertThat(invited.getUid().orElseThrow().getValue()).isEqualTo("visit-" + id + "@eyesandears");
        assertThat(invited.getStatus().getValue()).isEqualTo("TENTATIVE");
        assertThat(notices("desk.fire")).anyMatch(n -> n.getString("kind").equals("VISIT_INVITATION")
                && n.getJsonNumber("visitId").longValue() == id);
        assertThat(notices("desk.hmrc")).as("an agency not invited hears nothing")
                .noneMatch(n -> n.containsKey("visitId") && n.getJsonNumber("visitId").longValue() == id);

        assertThat(ApiClient.as("desk.fire").post("/api/visits/" + id + "/responses", "{\"accept\": true}")
                .statusCode()).isEqualTo(204);
        JsonObject answer = Eventually.until("the planner hears Fire's answer", Duration.ofSeconds(10),
                () -> notices("coordinator").stream().filter(n -> n.getString("kind").equals("VISIT_ANSWER")
                        && n.getJsonNumber("visitId").longValue() == id).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(answer.getString("message")).contains("accepted", "Invitation Grill");

        Instant moved = at(46, 14);
        long version = ApiClient.object(coordinator.get("/api/visits/" + id)).getJsonObject("summary")
                .getJsonNumber("version").longValue();
        assertThat(coordinator.post("/api/visits/" + id + "/reschedule", """
                {"startsAt": "%s", "expectedVersion": %d}""".formatted(moved, version)).statusCode()).isEqualTo(204);
        VEvent update = calendarFor("desk.fire@example.org", "was moved", "Invitation Grill", 1)
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(update.getUid()).isEqualTo(invited.getUid());
        assertThat(update.getSequence().getSequenceNo()).isGreaterThan(invited.getSequence().getSequenceNo());
        assertThat(Instant.parse(isoUtc(update.getDateTimeStart().getValue()))).isEqualTo(moved);

        version = ApiClient.object(coordinator.get("/api/visits/" + id)).getJsonObject("summary")
                .getJsonNumber("version").longValue();
        assertThat(coordinator.post("/api/visits/" + id + "/cancel", """
                {"expectedVersion": %d, "reason": "Premises closed for refurbishment"}""".formatted(version))
                .statusCode()).isEqualTo(204);
        Calendar cancellation = calendarFor("desk.fire@example.org", "cancelled", "Invitation Grill", 1);
        assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelled = cancellation.<VEvent>getComponents("VEVENT").get(0);
        assertThat(cancelled.getUid()).isEqualTo(invited.getUid());
        assertThat(cancelled.getSequence().getSequenceNo()).isGreaterThan(update.getSequence().getSequenceNo());
        assertThat(mailsTo("desk.fire@example.org", "Invitation Grill")).as("the reason stays on the visit")
                .noneMatch(m -> text(m).contains("refurbishment"));
    }

    @Test
    void theOfficerWhoseReferralPromptedAVisitHearsOfItsOutcomeAsFarAsEachAgreementAllows() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.fire").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Outcome Oven", "addressLine1": "3 Dock Road", "postcode": "E16 1AA"},
                 "visitDate": "%s", "indicatorCodes": ["DC_PESTS"], "observation": "Mouse droppings by the flour sacks.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(LONDON)))).getString("reference");
        ApiClient foodCoordinator = ApiClient.as(FOOD_COORDINATOR);
        JsonObject referral = ApiClient.object(foodCoordinator.get("/api/referrals/" + reference));
        long shop = referral.getJsonObject("business").getJsonNumber("id").longValue();
        long referralId = ApiClient.array(foodCoordinator.get("/api/visits/referral-options?businessId=" + shop))
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("reference").equals(reference))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(ApiClient.as("desk.hmrc").get("/api/visits/referral-options?businessId=" + shop).body())
                .as("HMRC's desk was not sent the referral").doesNotContain(reference);

        Instant started = Instant.now().minus(3, ChronoUnit.HOURS);
        long id = created(foodCoordinator.post("/api/visits", plan(shop, started, "FOOD",
                "{\"agencyCode\": \"HMRC\"}", "", "\"referralIds\": [" + referralId + "],"
                        + " \"overrideReason\": \"recording a past visit\"")));
        assertThat(ApiClient.as("desk.hmrc").post("/api/visits/" + id + "/responses", "{\"accept\": true}")
                .statusCode()).isEqualTo(204);
        created(foodCoordinator.post("/api/visits/" + id + "/outcomes", """
                {"concernsFound": false, "findings": "Pest control contract in place; no droppings found."}"""));
        created(ApiClient.as("desk.hmrc").post("/api/visits/" + id + "/outcomes", """
                {"concernsFound": true, "findings": "Cash takings not matching the till roll.", "notices": 1}"""));

        JsonObject notice = Eventually.until("officer.fire hears of the outcome", Duration.ofSeconds(10),
                () -> notices("officer.fire").stream().filter(n -> n.getString("kind").equals("VISIT_OUTCOME")
                        && reference.equals(n.getString("reference", null))).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(notice.getString("message")).contains(reference).doesNotContain("droppings", "till");

        List<JsonObject> visits = ApiClient.array(ApiClient.as("officer.fire").get("/api/referrals/" + reference
                + "/visits")).getValuesAs(JsonObject.class);
        assertThat(visits).hasSize(1);
        List<JsonObject> outcomes = visits.get(0).getJsonArray("outcomes").getValuesAs(JsonObject.class);
        JsonObject food = outcomes.stream().filter(o -> o.getString("agency").startsWith("Food")).findFirst()
                .orElseThrow();
        assertThat(food.getBoolean("concernsFound")).as("no concerns found is told").isFalse();
        assertThat(food.getString("findings")).contains("Pest control contract");
        JsonObject hmrc = outcomes.stream().filter(o -> o.getString("agency").startsWith("HMRC")).findFirst()
                .orElseThrow();
        assertThat(hmrc.getString("level")).isEqualTo("RECEIVED_ACTIONED");
        assertThat(hmrc.toString()).as("HMRC may only say it acted").doesNotContain("till", "concernsFound", "notices");

        assertThat(ApiClient.as("officer.food").get("/api/referrals/" + reference + "/visits").statusCode())
                .as("someone who may not see the referral learns nothing of its visits").isEqualTo(404);
        var unsaid = foodCoordinator.post("/api/visits/" + id + "/outcomes", "{\"findings\": \"Seen again\"}");
        assertThat(unsaid.statusCode()).as("an outcome says whether concerns were found").isEqualTo(400);
        assertThat(unsaid.body()).contains("concernsFound");
    }

    private static List<JsonObject> notices(String user) throws Exception {
        return ApiClient.array(ApiClient.as(user).get("/api/me/notifications?max=200")).getValuesAs(JsonObject.class);
    }

    private static List<MimeMessage> mailsTo(String address, String subjectPart) {
        return Arrays.stream(TestStack.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))
                        && m.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The calendar part of the e-mails to {@code address} whose subject has both parts, waiting for {@code count}. */
    private static Calendar calendarFor(String address, String kind, String business, int count) throws Exception {
        List<MimeMessage> mails = Eventually.until("a mail to " + address + " (" + kind + ", " + business + ")",
                Duration.ofSeconds(10), () -> mailsTo(address, business).stream()
                        .filter(m -> subject(m).contains(kind)).toList(), found -> found.size() >= count);
        assertThat(mails).hasSize(count);
        Multipart parts = (Multipart) mails.get(0).getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                // A text/calendar part arrives as a stream: JavaMail decodes only text/plain to a String.
                return new CalendarBuilder().build(new StringReader(
                        new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        throw new AssertionError("no text/calendar part in the mail to " + address);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
    }

    /** 20261230T083000Z as an ISO-8601 instant. */
    private static String isoUtc(String basic) {
        return basic.replaceFirst("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z", "$1-$2-$3T$4:$5:$6Z");
    }
}
