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
        assertThat(home.openQuestion(asked).routing("IMMIGRATION")).contains("Which door did they use?");

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
        home.openNewRoutings().awaitReferral(reference);

        Map<String, Integer> elsewhereAfter = HomePage.open(otherDesk, Stack.appUrl()).deskCounts();
        assertThat(elsewhereAfter.get("New routings")).isEqualTo(elsewhere.get("New routings"));
    }
}
