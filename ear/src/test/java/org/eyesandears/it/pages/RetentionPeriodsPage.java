package org.eyesandears.it.pages;


import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' retention periods (admin/retention-periods.xhtml), one row per agency. */
public final class RetentionPeriodsPage {

    private final WebDriver driver;

    private RetentionPeriodsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static RetentionPeriodsPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/admin/retention-periods.xhtml");
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("periods:rows")));
        return new RetentionPeriodsPage(driver);
    }

    /** The years an agency's row shows as in force now. */
    public String current(String agencyName) {
        return row(agencyName).findElement(By.cssSelector("[id$=':current']")).getText();
    }

    /** Types the new period and the reason into an agency's row, found by the inputs' accessible names. */
    public RetentionPeriodsPage enter(String agencyName, String years, String reason) {
        type(By.cssSelector("input[aria-label='" + agencyName + ": retention period in years']"), years);
        type(By.cssSelector("input[aria-label='" + agencyName + ": reason for the change']"), reason);
        return this;
    }

    /** Saves an agency's row from the keyboard: focus on its Save button, then Enter. */
    public RetentionPeriodsPage saveWithKeyboard(String agencyName) {
        WebElement save = Elements.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[aria-label='Save the retention period of " + agencyName + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();",
                save);
        save.sendKeys(Keys.ENTER);
        Ajax.settle(driver);
        return this;
    }

    /** The text of the page's messages. */
    public String messages() {
        return Elements.messages(driver);
    }

    private WebElement row(String agencyName) {
        return driver.findElement(By.xpath("//tbody[@id='periods:rows_data']/tr[td[normalize-space(.)='" + agencyName
                + "'] or td/span[normalize-space(.)='" + agencyName + "']]"));
    }

    private void type(By by, String text) {
        WebElement input = Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
        input.clear();
        input.sendKeys(text);
    }

}
