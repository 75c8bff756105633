package org.eyesandears.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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

/** A manager opens the dashboard for April 2019 (StatsData) and drills into the overdue routings and joint visits. */
@ExtendWith(ArquillianExtension.class)
class DashboardUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void aManagerReadsTheFiguresAndDrillsIntoTheOverdueRoutings() throws Exception {
        StatsData.load();
        WebDriver manager = session.open(Browser.PHONE);
        HomePage.signIn(manager, Stack.appUrl(), "manager.fire");
        manager.get(Stack.appUrl() + "/reporting/dashboard.xhtml");
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("agencies")));
        // Date fields take keys in the browser's locale order; set their ISO values as a picker would.
        ((JavascriptExecutor) manager).executeScript("document.getElementById('from').value = '2019-04-01';"
                + " document.getElementById('to').value = '2019-04-30';");
        manager.findElement(By.id("show")).click();
        wait(manager).until(ExpectedConditions.urlContains("from=2019-04-01"));
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("agencies")));

        WebElement agencies = manager.findElement(By.id("agencies"));
        assertThat(agencies.findElement(By.tagName("caption")).getText()).contains("Per agency for the period");
        assertThat(agencies.getText()).contains("Fire and rescue (fire protection)").contains("50.0 (previous 100.0)")
                .contains("Partnership").doesNotContain("Health and Safety Executive");
        assertThat(manager.findElement(By.id("officers")).getText()).containsPattern("(officer\\.fire|Tom Evans) 2");
        assertThat(manager.findElement(By.id("teams")).getText()).contains("Fire Protection Luton 2 (0)");
        // FIRE's own flows, with the previous period in brackets; FOOD to HSE is not FIRE's to see.
        assertThat(manager.findElement(By.id("matrix")).getText()).contains("FIRE 0 (0) 2 (0) 1 (0)")
                .contains("FOOD 2 (1) - -");
        assertThat(manager.findElement(By.id("visits")).getText())
                .contains("With Fire and rescue (fire protection): 2 joint visits held (previous period 1)")
                .contains("3 joint visits held (previous period 1)");
        assertThat(manager.findElement(By.id("visitAgencies")).getText()).contains("2 (previous 1)")
                .doesNotContain("Health and Safety Executive");
        assertThat(manager.findElements(By.cssSelector("canvas"))).as("charts beside the tables").isNotEmpty();

        WebElement overdue = manager.findElement(By.cssSelector("#overdue a.overdue-feedback"));
        assertThat(overdue.getText()).isEqualTo("1");
        overdue.click();
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("list-heading")));
        assertThat(manager.findElement(By.id("list-heading")).getText())
                .isEqualTo("Routings to Fire and rescue (fire protection) overdue for feedback now (1)");
        assertThat(manager.findElement(By.id("routings")).getText()).contains("ST-2").contains("Stats Barbers")
                .contains("taken on");

        // Back on the dashboard, the joint visits held with FIRE lead to the list and on to each visit.
        manager.navigate().back();
        wait(manager).until(ExpectedConditions.elementToBeClickable(By.id("visitsHeld"))).click();
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("list-heading")));
        assertThat(manager.findElement(By.id("list-heading")).getText())
                .isEqualTo("Joint visits held with Fire and rescue (fire protection), 2019-04-01 to 2019-04-30 (2)");
        assertThat(manager.findElement(By.id("visitRows")).getText()).contains("Stats Barbers").contains("Stats Bistro")
                .contains("FIRE, FOOD");
        manager.findElements(By.cssSelector("#visitRows a.visit-link")).get(0).click();
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("businessName")));
        assertThat(manager.findElement(By.id("businessName")).getText()).isEqualTo("Stats Barbers");
    }

    @Test
    void aPartnershipManagerNarrowsTheDashboardToOneAgencyAndSeesNoOfficerNames() throws Exception {
        StatsData.load();
        WebDriver manager = session.open(Browser.LAPTOP);
        HomePage.signIn(manager, Stack.appUrl(), "manager.partnership");
        manager.get(Stack.appUrl() + "/reporting/dashboard.xhtml?from=" + StatsData.FROM + "&to=" + StatsData.TO);
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("agencies")));
        assertThat(manager.findElement(By.id("agencies")).getText()).contains("Health and Safety Executive")
                .contains("Fire and rescue (fire protection)");
        assertThat(manager.findElements(By.id("officers"))).isEmpty();

        new org.openqa.selenium.support.ui.Select(manager.findElement(By.id("agency"))).selectByValue("HSE");
        manager.findElement(By.id("show")).click();
        wait(manager).until(ExpectedConditions.urlContains("agency=HSE"));
        wait(manager).until(ExpectedConditions.presenceOfElementLocated(By.id("agencies")));
        assertThat(manager.findElement(By.id("agencies")).getText()).contains("Health and Safety Executive")
                .contains("100.0 (previous -)").doesNotContain("Fire and rescue");
        assertThat(new org.openqa.selenium.support.ui.Select(manager.findElement(By.id("agency")))
                .getFirstSelectedOption().getText()).isEqualTo("Health and Safety Executive");
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
