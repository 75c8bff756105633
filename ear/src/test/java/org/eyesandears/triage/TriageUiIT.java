package org.eyesandears.triage;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        desk.get(Stack.appUrl() + "/triage/inbox.xhtml");
        wait(desk).until(ExpectedConditions.presenceOfElementLocated(By.linkText(reference)));
        assertThat(desk.findElement(By.id("inbox:items")).getText()).contains("Loop Closed Kitchen")
                .contains("Workers nervous when officials attend").contains("Urgent");
        desk.findElement(By.linkText(reference)).click();

        decide(desk, "IN_REVIEW", "being reviewed");
        decide(desk, "ACCEPTED", "taken on");
        choose(desk, "desk:usefulness", "USEFUL");
        choose(desk, "desk:outcome", "WARRANT_OBTAINED");
        desk.findElement(By.id("desk:comment")).sendKeys("Joint visit planned.");
        click(desk, By.id("desk:sendFeedback"));
        wait(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.id("routings"), "warrant obtained"));
        decide(desk, "CLOSED", "closed");
        assertThat(desk.findElement(By.id("deskStatus")).getText()).isEqualTo("closed");

        WebDriver officer = session.open(Browser.PHONE);
        HomePage.signIn(officer, Stack.appUrl(), "officer.food");
        officer.get(Stack.appUrl() + "/referral/detail.xhtml?ref=" + reference);
        WebElement routing = wait(officer).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".routing[data-agency='IMMIGRATION']")));
        assertThat(routing.getText()).contains("closed").contains("warrant obtained").contains("useful")
                .contains("Joint visit planned.");
        officer.get(Stack.appUrl() + "/referral/my-referrals.xhtml");
        wait(officer).until(ExpectedConditions.presenceOfElementLocated(By.linkText(reference)));
        assertThat(officer.findElement(By.id("mine:referrals")).getText())
                .contains("Home Office Immigration Enforcement: warrant obtained · useful");
    }

    @Test
    void aDeskOfficersInboxFiltersAreKeptForTheirNextVisit() throws Exception {
        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.tradingstandards");
        desk.get(Stack.appUrl() + "/triage/inbox.xhtml");
        chooseAndFire(desk, "inbox:status", "IN_REVIEW");
        chooseAndFire(desk, "inbox:urgency", "URGENT");

        desk.get(Stack.appUrl() + "/triage/inbox.xhtml");
        wait(desk).until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:items")));

        assertThat(selected(desk, "inbox:status")).isEqualTo("IN_REVIEW");
        assertThat(selected(desk, "inbox:urgency")).isEqualTo("URGENT");
        click(desk, By.id("inbox:clearFilters"));
        wait(desk).until(d -> "".equals(selected(d, "inbox:status")));
    }

    /** Picks a value as a user would, so that the menu's change listener runs. */
    private static void chooseAndFire(WebDriver driver, String id, String value) {
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w.getSelectedValue() !== arguments[1]) { w.selectValue(arguments[1]);"
                + " document.getElementById(arguments[0] + '_input').dispatchEvent(new Event('change')); }",
                id, value);
        wait(driver).until(d -> ((JavascriptExecutor) d).executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty();").equals(Boolean.TRUE));
    }

    private static String selected(WebDriver driver, String id) {
        Object value = ((JavascriptExecutor) driver).executeScript(
                "return PrimeFaces.getWidgetById(arguments[0]).getSelectedValue();", id);
        return value == null ? "" : value.toString();
    }

    private static void decide(WebDriver driver, String value, String status) {
        choose(driver, "desk:moveTo", value);
        click(driver, By.id("desk:move"));
        wait(driver).until(ExpectedConditions.textToBe(By.id("deskStatus"), status));
    }

    /** Picks an option of a PrimeFaces select menu by its value, through the widget's own API. */
    private static void choose(WebDriver driver, String id, String value) {
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    private static void click(WebDriver driver, By by) {
        WebElement element = wait(driver).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
