package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.text;
import static org.eyesandears.it.pages.Elements.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A user's notifications (user/notifications.xhtml). Shown only when opened from the menu: a typed or
 * forged address leaves them unshown (and unread).
 */
public final class NotificationsPage {

    private final WebDriver driver;

    private NotificationsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Types the page's address, as a forged link would; see {@link #isShown(WebDriver)}. */
    public static void type(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/user/notifications.xhtml");
    }

    /** Whether the list of notifications is on the current page. */
    public static boolean isShown(WebDriver driver) {
        return !driver.findElements(By.id("notifications")).isEmpty();
    }

    static NotificationsPage await(WebDriver driver) {
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("notifications")));
        return new NotificationsPage(driver);
    }

    /** Opens the visit a notice about it links to (the first notice whose text contains {@code text}). */
    public VisitPage openVisit(String text) {
        Elements.click(driver, By.xpath("//ul[@id='notifications']//a[contains(normalize-space(.), \"" + text + "\")]"));
        return VisitPage.await(driver);
    }

    /** Waits until the list names {@code expected} (a reference) and returns the list. */
    public String awaitNotification(String expected) {
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"), expected));
        return text(driver, By.id("notifications"));
    }
}
