package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.InboxPage;
import org.eyesandears.it.pages.MyReferralsPage;
import org.eyesandears.it.pages.ReferralDetailPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The loop closed in browsers: the officer refers, the desk triages and gives feedback, the officer sees it. */
@ExtendWith(ArquillianExtension.class)
class TriageUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void theDeskTriagesAndTheOfficerSeesTheFeedback() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Loop Closed Kitchen", "addressLine1": "2 Bridge Street", "postcode": "LU1 2NB"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_NERVOUS_WORKERS"], "observation": "Staff left by the back door.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "URGENT"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))))).getString("reference");

        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.immigration");
        InboxPage inbox = InboxPage.open(desk, Stack.appUrl()).awaitReferral(reference);
        assertThat(inbox.items()).contains("Loop Closed Kitchen")
                .contains("Workers nervous when officials attend").contains("Urgent");
        ReferralDetailPage triage = inbox.openReferral(reference)
                .moveTo("IN_REVIEW", "being reviewed")
                .moveTo("ACCEPTED", "taken on")
                .sendFeedback("USEFUL", "WARRANT_OBTAINED", "Joint visit planned.", "warrant obtained")
                .moveTo("CLOSED", "closed");
        assertThat(triage.deskStatus()).isEqualTo("closed");

        WebDriver officer = session.open(Browser.PHONE);
        HomePage.signIn(officer, Stack.appUrl(), "officer.food");
        assertThat(ReferralDetailPage.open(officer, Stack.appUrl(), reference).routing("IMMIGRATION"))
                .contains("closed").contains("warrant obtained").contains("useful").contains("Joint visit planned.");
        assertThat(MyReferralsPage.open(officer, Stack.appUrl()).awaitReferral(reference).referrals())
                .contains("Home Office Immigration Enforcement: warrant obtained · useful");
    }

    @Test
    void aDeskOfficersInboxFiltersAreKeptForTheirNextVisit() throws Exception {
        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.tradingstandards");
        InboxPage.open(desk, Stack.appUrl()).filterByStatus("IN_REVIEW").filterByUrgency("URGENT");

        InboxPage again = InboxPage.open(desk, Stack.appUrl());
        assertThat(again.statusFilter()).isEqualTo("IN_REVIEW");
        assertThat(again.urgencyFilter()).isEqualTo("URGENT");
        assertThat(again.clearFilters().statusFilter()).isEmpty();
    }
}
