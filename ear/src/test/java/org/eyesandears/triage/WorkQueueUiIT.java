package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.InboxPage;
import org.eyesandears.it.pages.ReferralDetailPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The home page as a work queue: the officer sees the desk's question, the desk its counts. */
@ExtendWith(ArquillianExtension.class)
class WorkQueueUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String referral(String business, String urgency) throws Exception {
        return ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "9 Queue Lane", "postcode": "LU2 7QQ"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_NERVOUS_WORKERS"], "observation": "Workers hid in the store room.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "%s"}
                """.formatted(business, LocalDate.now(ZoneId.of("Europe/London")), urgency))).getString("reference");
    }

    private static void ask(String reference, String question) throws Exception {
        ApiClient desk = ApiClient.as("desk.immigration");
        JsonObject routing = ApiClient.object(desk.get("/api/referrals/" + reference)).getJsonArray("routings")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("IMMIGRATION"))
                .findFirst().orElseThrow();
        long id = routing.getJsonNumber("id").longValue();
        JsonObject inReview = ApiClient.object(desk.post("/api/routings/" + id + "/transitions",
                "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(routing.getJsonNumber("version").longValue())));
        assertThat(desk.post("/api/routings/" + id + "/transitions",
                "{\"to\": \"INFO_REQUESTED\", \"reason\": \"%s\", \"expectedVersion\": %d}"
                        .formatted(question, inReview.getJsonNumber("version").longValue())).statusCode()).isEqualTo(200);
    }

    @Test
    void theOfficersHomeListsTheQuestionsWaitingForTheirAnswer() throws Exception {
        String asked = referral("Queue Question Cafe", "ROUTINE");
        String notAsked = referral("Queue Quiet Cafe", "ROUTINE");
        ask(asked, "Which door did they use?");

        WebDriver officer = session.open(Browser.PHONE);
        HomePage home = HomePage.signIn(officer, Stack.appUrl(), "officer.food");

        assertThat(home.questions()).anySatisfy(line -> assertThat(line).contains(asked)
                .contains("Queue Question Cafe").contains("Home Office Immigration Enforcement asked on"));
        assertThat(home.questions()).noneSatisfy(line -> assertThat(line).contains(notAsked));
        assertThat(home.questionsWaiting()).isEqualTo(home.questions().size());
        ReferralDetailPage page = home.openQuestion(asked);
        assertThat(page.routing("IMMIGRATION")).contains("Which door did they use?").contains("question for you");
        assertThat(page.author()).startsWith("Priya Shah (").doesNotContain("officer.food");
        assertThat(page.history()).hasSize(2);
        assertThat(page.history().get(0)).endsWith("Home Office Immigration Enforcement, received, not yet looked at to being reviewed");
        assertThat(page.history().get(1)).endsWith("Home Office Immigration Enforcement, being reviewed to question for you");

        WebDriver other = session.open(Browser.LAPTOP);
        HomePage otherOfficer = HomePage.signIn(other, Stack.appUrl(), "officer.fire");
        assertThat(otherOfficer.questions()).noneSatisfy(line -> assertThat(line).contains(asked));
    }

    @Test
    void theDesksHomeCountsNewAndUrgentRoutingsForItsOwnAgency() throws Exception {
        WebDriver desk = session.open(Browser.LAPTOP);
        Map<String, Integer> before = HomePage.signIn(desk, Stack.appUrl(), "desk.immigration").deskCounts();
        assertThat(before).containsKeys("New routings", "Urgent and not closed", "Overdue for a first decision",
                "Overdue for feedback", "Information requests to your agency still open");

        WebDriver otherDesk = session.open(Browser.PHONE);
        Map<String, Integer> elsewhere = HomePage.signIn(otherDesk, Stack.appUrl(), "desk.tradingstandards").deskCounts();

        String reference = referral("Queue Urgent Kitchen", "URGENT");

        HomePage home = HomePage.open(desk, Stack.appUrl());
        Map<String, Integer> after = home.deskCounts();
        assertThat(after.get("New routings")).isEqualTo(before.get("New routings") + 1);
        assertThat(after.get("Urgent and not closed")).isEqualTo(before.get("Urgent and not closed") + 1);
        assertThat(home.invitationsTitle()).startsWith("Visit invitations awaiting your agency's answer:");
        InboxPage inbox = home.openNewRoutings().awaitReferral(reference);
        assertThat(inbox.filtersFolded()).as("the list first, filters folded while none is set").isTrue();
        assertThat(inbox.columns()).contains("Decision due", "Feedback due");
        assertThat(inbox.feedbackDue(reference)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
        ReferralDetailPage triage = inbox.openReferral(reference);
        assertThat(triage.offeredMoves()).containsExactly("being reviewed");
        triage.moveTo("IN_REVIEW", "being reviewed").moveTo("ACCEPTED", "taken on");
        assertThat(triage.offeredMoves()).as("closing is refused before feedback, so not offered").isEmpty();
        triage.sendFeedback("USEFUL", "WARRANT_OBTAINED", "Visit planned.", "warrant obtained");
        assertThat(triage.offeredMoves()).containsExactly("closed");
        java.util.List<String> history = triage.history();
        assertThat(history.get(history.size() - 1)).endsWith("being reviewed to taken on");
        WebDriver officer = session.open(Browser.PHONE);
        assertThat(HomePage.signIn(officer, Stack.appUrl(), "officer.food").recentFeedback())
                .anySatisfy(line -> assertThat(line).contains(reference).contains("Queue Urgent Kitchen")
                        .contains("feedback from Home Office Immigration Enforcement on"));

        // Opened once, then three saves on the page: one consultation, not four.
        assertThat(ApiClient.array(ApiClient.as("auditor").get("/api/audit/referrals/" + reference + "/viewers"))
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getString("username").equals("desk.immigration"))
                .map(v -> v.getJsonNumber("times").longValue()).toList()).containsExactly(1L);

        Map<String, Integer> elsewhereAfter = HomePage.open(otherDesk, Stack.appUrl()).deskCounts();
        assertThat(elsewhereAfter.get("New routings")).isEqualTo(elsewhere.get("New routings"));
    }

    @Test
    void theReferralPageListsOtherReferralsAtTheSamePremisesTheReaderMaySee() throws Exception {
        String first = referral("Queue Same Premises Bar", "ROUTINE");
        long businessId = ApiClient.object(ApiClient.as("officer.food").get("/api/referrals/" + first))
                .getJsonObject("business").getJsonNumber("id").longValue();
        String second = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"businessId": %d, "visitDate": "%s", "indicatorCodes": ["IMM_NERVOUS_WORKERS"],
                 "observation": "Same faces again at the back.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(businessId, LocalDate.now(ZoneId.of("Europe/London"))))).getString("reference");

        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.immigration");
        assertThat(ReferralDetailPage.open(desk, Stack.appUrl(), second).samePremises()).containsExactly(first);

        WebDriver officer = session.open(Browser.PHONE);
        HomePage.signIn(officer, Stack.appUrl(), "officer.food");
        assertThat(ReferralDetailPage.open(officer, Stack.appUrl(), first).samePremises()).containsExactly(second);
    }
}
