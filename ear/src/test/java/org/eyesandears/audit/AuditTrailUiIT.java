package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.AuditTrailPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.SubjectAccessPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The auditor asks, in a browser, who has seen a referral, and checks the chain. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void theAuditorSeesWhoHasSeenAReferralAndThatTheChainIsIntact() throws Exception {
        String reference = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Who Saw It Diner", "addressLine1": "6 Watch Street", "postcode": "LU1 6WS"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_EXITS_BLOCKED"], "observation": "Fire exit chained shut.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))))).getString("reference");
        ApiClient.as("desk.fire").get("/api/referrals/" + reference);

        WebDriver auditor = session.open(Browser.PHONE);
        HomePage home = HomePage.signIn(auditor, Stack.appUrl(), "auditor");
        assertThat(home.isMenuEntryDisplayed("Audit")).isTrue();
        AuditTrailPage trail = AuditTrailPage.open(auditor, Stack.appUrl());
        assertThat(trail.whoHasSeen(reference)).contains("People who opened referral " + reference).contains("desk.fire")
                .contains("FIRE").doesNotContain("officer.food");
        assertThat(trail.referenceLabel()).isEqualTo("Referral reference");
        assertThat(trail.verifyChain("Chain intact")).contains("Chain intact");
    }

    @Test
    void anUnknownReferenceIsSaidToBeNoReferralNotUnopened() throws Exception {
        String issued = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Format Check Cafe", "addressLine1": "7 Watch Street", "postcode": "LU1 6WS"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_EXITS_BLOCKED"], "observation": "Exit blocked by crates.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))))).getString("reference");

        WebDriver auditor = session.open(Browser.LAPTOP);
        HomePage.signIn(auditor, Stack.appUrl(), "auditor");
        AuditTrailPage trail = AuditTrailPage.open(auditor, Stack.appUrl());
        assertThat(trail.referenceExample()).matches("EE-\\d{4}-\\d{6}");
        assertThat(issued).matches("EE-\\d{4}-\\d{6}");
        assertThat(trail.whoHasSeenUnknown("EE-1999-999999"))
                .isEqualTo("No referral has the reference EE-1999-999999. References look like EE-2026-000123.");

        SubjectAccessPage report = trail.openSubjectAccess().build("Format Check");
        assertThat(report.showsAuditSearch()).isFalse();
        assertThat(report.title()).isEqualTo("Subject access report: “Format Check”");
        assertThat(report.referrals()).contains(issued).contains("Format Check Cafe");
        assertThat(report.offersPrinting()).isTrue();
    }
}
