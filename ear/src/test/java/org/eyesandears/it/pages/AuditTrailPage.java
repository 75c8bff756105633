package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;
import static org.eyesandears.it.pages.Elements.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The auditor's trail (audit/trail.xhtml): who has seen a referral, and the check of the audit chain. */
public final class AuditTrailPage {

    private final WebDriver driver;

    private AuditTrailPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AuditTrailPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/audit/trail.xhtml");
        present(driver, By.id("seen:reference"));
        return new AuditTrailPage(driver);
    }

    /** The visible label of the reference field. */
    public String referenceLabel() {
        return driver.findElement(By.cssSelector("label[for='seen:reference']")).getText();
    }

    /** Asks who has opened a referral and returns the list shown. */
    public String whoHasSeen(String reference) {
        driver.findElement(By.id("seen:reference")).sendKeys(reference);
        click(driver, By.id("seen:whoHasSeen"));
        return text(driver, By.id("seen:viewers"));
    }

    /** Verifies the audit chain and waits for the verdict to contain {@code expected}; returns the verdict. */
    /** Asks who has seen a reference that was never issued; the notice shown instead of a table. */
    public String whoHasSeenUnknown(String reference) {
        driver.findElement(By.id("seen:reference")).sendKeys(reference);
        click(driver, By.id("seen:whoHasSeen"));
        return text(driver, By.id("seen:unknownReference"));
    }

    /** Follows the link to the subject access report, a page of its own. */
    public SubjectAccessPage openSubjectAccess() {
        click(driver, By.id("subjectAccessLink"));
        return SubjectAccessPage.await(driver);
    }

    /** The example the reference field shows while empty. */
    public String referenceExample() {
        return driver.findElement(By.id("seen:reference")).getAttribute("placeholder");
    }

    public String verifyChain(String expected) {
        click(driver, By.id("integrity:verify"));
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("integrity:chainResult"), expected));
        return text(driver, By.id("integrity:chainResult"));
    }
}
