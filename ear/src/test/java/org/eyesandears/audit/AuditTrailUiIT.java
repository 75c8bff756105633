package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        auditor.get(Stack.appUrl() + "/audit/trail.xhtml");
        WebDriverWait wait = new WebDriverWait(auditor, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seen:reference"))).sendKeys(reference);
        auditor.findElement(By.id("seen:whoHasSeen")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seen:viewers")));
        String viewers = auditor.findElement(By.id("seen:viewers")).getText();
        assertThat(viewers).contains("People who opened referral " + reference).contains("desk.fire").contains("FIRE")
                .doesNotContain("officer.food");
        assertThat(auditor.findElement(By.cssSelector("label[for='seen:reference']")).getText())
                .isEqualTo("Referral reference");

        auditor.findElement(By.id("integrity:verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("integrity:chainResult"), "Chain intact"));
    }
}
