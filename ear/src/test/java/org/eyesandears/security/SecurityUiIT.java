package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.ConcernCardPage;
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
        desk.get(Stack.appUrl() + "/triage/inbox.xhtml");
        new WebDriverWait(desk, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:items"), "Nonce Noodle Bar"));
        assertThat(Browser.cspViolations(desk)).as("console of the desk's browser").isEmpty();
    }
}
