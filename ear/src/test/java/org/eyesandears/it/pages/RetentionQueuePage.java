package org.eyesandears.it.pages;

import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The managers' retention review queue (retention/queue.xhtml). */
public final class RetentionQueuePage {

    private final WebDriver driver;

    private RetentionQueuePage(WebDriver driver) {
        this.driver = driver;
    }

    public static RetentionQueuePage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/retention/queue.xhtml");
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("queue:items")));
        return new RetentionQueuePage(driver);
    }

    /** The text of the queue table. */
    public String queue() {
        return driver.findElement(By.id("queue:items")).getText();
    }

    /** Opens the decision form of one referral, by the button's accessible name. */
    public RetentionQueuePage decide(String reference) {
        click(By.cssSelector("button[aria-label='Decide on referral " + reference + "']"));
        Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:reason")));
        return this;
    }

    public RetentionQueuePage reason(String text) {
        WebElement reason = driver.findElement(By.id("decision:reason"));
        reason.clear();
        reason.sendKeys(text);
        return this;
    }

    public RetentionQueuePage nextReview(LocalDate day) {
        WebElement input = driver.findElement(By.id("decision:newReviewDate_input"));
        input.clear();
        input.sendKeys("%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
        input.sendKeys(Keys.ESCAPE);
        return this;
    }

    public RetentionQueuePage keep() {
        return click(By.id("decision:keep"));
    }

    /** Erase, then "Erase" again in the confirmation dialog. */
    public RetentionQueuePage erase() {
        click(By.id("decision:erase"));
        return click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    /** The summaries of the page's messages (the template's global messages and the queue's). */
    public String messages() {
        return Elements.messages(driver);
    }

    private RetentionQueuePage click(By by) {
        Elements.click(driver, by);
        return this;
    }

}
