package org.eyesandears.it.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The user's calendar-feed page (visit/feed.xhtml). */
public final class CalendarFeedPage {

    private final WebDriver driver;

    private CalendarFeedPage(WebDriver driver) {
        this.driver = driver;
    }

    public static CalendarFeedPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/visit/feed.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("feed:issue")));
        return new CalendarFeedPage(driver);
    }

    /** Makes a new address and returns it as the page shows it. */
    public String makeAddress() {
        driver.findElement(By.id("feed:issue")).click();
        Ajax.settle(driver);
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("feed:url"))).getAttribute("value");
    }

    /** What the page says about the address: whether it works, until when, or why it stopped. */
    public String state() {
        return driver.findElement(By.id("state")).getText();
    }
}
