package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The auditor's subject access report (audit/subject-access.xhtml), a printable page of its own. */
public final class SubjectAccessPage {

    private final WebDriver driver;

    private SubjectAccessPage(WebDriver driver) {
        this.driver = driver;
    }

    static SubjectAccessPage await(WebDriver driver) {
        present(driver, By.id("subject:name"));
        return new SubjectAccessPage(driver);
    }

    /** Builds the report for a name and waits for it. */
    public SubjectAccessPage build(String name) {
        driver.findElement(By.id("subject:name")).sendKeys(name);
        click(driver, By.id("subject:findSubject"));
        present(driver, By.id("reportTitle"));
        return this;
    }

    public String title() {
        return text(driver, By.id("reportTitle"));
    }

    /** The table of referrals naming the subject, as text. */
    public String referrals() {
        return text(driver, By.id("subject:subjectReferrals"));
    }

    public boolean offersPrinting() {
        return !driver.findElements(By.id("subject:print")).isEmpty();
    }

    /** Whether the page holds the audit trail's search forms too (it should not: the report stands alone). */
    public boolean showsAuditSearch() {
        return !driver.findElements(By.id("search:username")).isEmpty();
    }
}
