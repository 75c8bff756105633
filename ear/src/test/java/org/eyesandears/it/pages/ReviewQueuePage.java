package org.eyesandears.it.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The analysts' review queue (/business/review.xhtml). */
public final class ReviewQueuePage {

    private final WebDriver driver;

    private ReviewQueuePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ReviewQueuePage open(WebDriver driver, String appUrl) {
        return openAt(driver, appUrl + "/business/review.xhtml");
    }

    /** Opens the queue from an address that should lead to it, such as the one it had before it moved. */
    public static ReviewQueuePage openAt(WebDriver driver, String url) {
        driver.get(url);
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("thresholds")));
        return new ReviewQueuePage(driver);
    }

    /** The address the browser shows. */
    public String address() {
        return driver.getCurrentUrl();
    }

    /** Shows the pair whose new record comes from the named dataset. */
    public ReviewQueuePage show(String dataset) {
        click(By.cssSelector("button[aria-label*='" + dataset + "']"));
        Elements.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("recordHeading"), dataset));
        return this;
    }

    public String recordHeading() {
        return driver.findElement(By.id("recordHeading")).getText();
    }

    public String candidateHeading() {
        return driver.findElement(By.id("candidateHeading")).getText();
    }

    public String summary() {
        return driver.findElement(By.id("summary")).getText();
    }

    public String records() {
        return driver.findElement(By.id("records")).getText();
    }

    /** The waterfall's rows, as text. */
    public List<String> waterfall() {
        return driver.findElements(By.cssSelector("#waterfall tbody tr")).stream().map(WebElement::getText).toList();
    }

    public String waterfallCaption() {
        return driver.findElement(By.cssSelector("#waterfall caption")).getText();
    }

    /** Accepts the pair shown and waits for the confirmation. */
    public ReviewQueuePage accept() {
        click(By.id("review:accept"));
        Elements.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Linked"));
        return this;
    }

    /** Takes back the link just made, from the notice the page shows after it, and waits for the confirmation. */
    public ReviewQueuePage undoLastLink() {
        click(By.id("review:undo"));
        Elements.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Link undone"));
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    public boolean queueMentions(String dataset) {
        return !driver.findElements(By.cssSelector("button[aria-label*='" + dataset + "']")).isEmpty();
    }

    private void click(By by) {
        Elements.click(driver, by);
    }

}
