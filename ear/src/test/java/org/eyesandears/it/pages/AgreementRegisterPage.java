package org.eyesandears.it.pages;


import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sharing agreements register (admin/agreements.xhtml); rows are found by their buttons' labels. */
public final class AgreementRegisterPage {

    private final WebDriver driver;

    private AgreementRegisterPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AgreementRegisterPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/admin/agreements.xhtml");
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("register:agreements")));
        return new AgreementRegisterPage(driver);
    }

    /** The status column of a pair, in words ("In force", "Ended" ...); pair is "FROM-TO" by codes. */
    public String status(String pair) {
        return Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".agreement-status[data-pair='" + pair + "']"))).getText();
    }

    /** Presses a row's button by what a screen reader announces, e.g. "End the agreement from A to B". */
    public AgreementRegisterPage press(String ariaLabel) {
        return click(By.cssSelector("button[aria-label='" + ariaLabel + "']"));
    }

    public WebElement field(String id) {
        return Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement:" + id)));
    }

    public AgreementRegisterPage save() {
        return click(By.id("agreement:save"));
    }

    public AgreementRegisterPage cancel() {
        return click(By.id("agreement:cancel"));
    }

    /** The text of the agreement form, with its field errors. */
    public String form() {
        return driver.findElement(By.id("agreement")).getText();
    }

    /** The page's messages, as the template shows them. */
    public String messages() {
        return Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("messages"))).getText();
    }

    /** Whether the agreement form is open. */
    public boolean formOpen() {
        return !driver.findElements(By.id("agreement:save")).isEmpty();
    }

    /** The newest line of the history table shown. */
    public String newestHistoryLine() {
        return Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("historyTable")))
                .findElement(By.cssSelector("tbody tr")).getText();
    }

    /** Filters the register by an agency's code (either side; "" for any) and a state (ALL, IN_FORCE, ENDED, NOT_STARTED). */
    public AgreementRegisterPage filter(String agencyCode, String state) {
        Elements.chooseAndFire(driver, "register:filterAgency", agencyCode);
        Elements.chooseAndFire(driver, "register:filterState", state);
        return this;
    }

    /** "n of m agreements shown". */
    public String shown() {
        return driver.findElement(By.id("register:shown")).getText();
    }

    /** The pairs ("FROM-TO") the register lists now. */
    public java.util.List<String> pairs() {
        return driver.findElements(By.cssSelector(".agreement-status")).stream().map(e -> e.getAttribute("data-pair"))
                .toList();
    }

    /** How many End buttons the register offers. */
    public int endButtons() {
        return driver.findElements(By.cssSelector("button[aria-label^='End the agreement']")).size();
    }

    private AgreementRegisterPage click(By by) {
        Elements.click(driver, by);
        return this;
    }

}
