package org.eyesandears.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.ConcernCardPage;
import org.eyesandears.it.pages.KeycloakLoginPage;
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

/** The concern card on a phone: fill, submit, see where it went, find it in My referrals. */
@ExtendWith(ArquillianExtension.class)
class ConcernCardUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void anOfficerLogsAConcernOnAPhoneAndFindsItInMyReferrals() throws Exception {
        WebDriver browser = session.open(Browser.PHONE);
        browser.get(Stack.appUrl() + "/");
        KeycloakLoginPage.await(browser).signInAs("officer.food");

        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Golden Wok", "3 Market Street", "Luton", "lu2 7bb")
                .tick("IMM_WORKERS_LIVING").tick("FIRE_EXITS_BLOCKED").tick("HMRC_TWO_TILLS")
                .observe("Six mattresses in the first-floor store room.\nRear exit chained shut during service.")
                .grade(0, 0);
        card.submit();

        String heading = card.confirmationHeading();
        assertThat(heading).matches("Sent: EE-\\d{4}-\\d{6}");
        assertThat(card.sentTo()).containsExactlyInAnyOrder("Home Office Immigration Enforcement",
                "Housing (HMOs)", "Fire and rescue (fire protection)", "HMRC (tax and national minimum wage)");

        String reference = heading.substring("Sent: ".length());
        browser.get(Stack.appUrl() + "/referral/my-referrals.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.linkText(reference)));
        assertThat(browser.findElement(By.id("mine:referrals")).getText())
                .contains("Golden Wok").contains("Home Office Immigration Enforcement: received, not yet looked at");

        browser.findElement(By.linkText(reference)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("observation")));
        assertThat(browser.findElement(By.id("business")).getText()).contains("Golden Wok").contains("LU2 7BB");
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("Two tills (one for undeclared trade)");
    }

    @Test
    void aCardWithoutAnySignOrObservationIsExplainedNotSent() throws Exception {
        WebDriver browser = session.open(Browser.LAPTOP);
        browser.get(Stack.appUrl() + "/");
        KeycloakLoginPage.await(browser).signInAs("officer.fire");

        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Pizza Place", "1 High Street", "Luton", "LU1 1AA")
                .grade(1, 2);
        card.submit();

        assertThat(card.errorMessages()).contains("Describe what you saw.",
                "Tick at least one indicator, or describe another concern and choose the agency for it.");
        assertThat(browser.findElements(By.id("confirmationHeading"))).isEmpty();
    }
}
