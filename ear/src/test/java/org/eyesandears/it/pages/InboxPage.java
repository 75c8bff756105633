package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.chooseAndFire;
import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.selected;
import static org.eyesandears.it.pages.Elements.text;
import static org.eyesandears.it.pages.Elements.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A desk officer's triage inbox (triage/inbox.xhtml): the referrals routed to their agency, with kept filters. */
public final class InboxPage {

    private final WebDriver driver;

    private InboxPage(WebDriver driver) {
        this.driver = driver;
    }

    public static InboxPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/triage/inbox.xhtml");
        return await(driver);
    }

    /** The inbox, once shown (e.g. after following a link to it). */
    public static InboxPage await(WebDriver driver) {
        present(driver, By.id("inbox:items"));
        return new InboxPage(driver);
    }

    /** Waits until the inbox lists the referral (a link named by its reference). */
    public InboxPage awaitReferral(String reference) {
        present(driver, By.linkText(reference));
        return this;
    }

    /** Waits until the inbox table shows the text (a business's name, say). */
    public InboxPage awaitText(String text) {
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox:items"), text));
        return this;
    }

    /** The handling-code note beside a referral (its conditions in words, not colour alone). */
    public String handlingNote(String reference) {
        return present(driver, By.linkText(reference)).findElement(By.xpath("./ancestor::td[1]"))
                .findElement(By.cssSelector(".handling-c")).getText();
    }

    /** The link to the business page on a referral's line: its text and its address. */
    public java.util.List<String> businessLink(String reference) {
        org.openqa.selenium.WebElement link = present(driver, By.linkText(reference)).findElement(By.xpath("./ancestor::tr[1]"))
                .findElement(By.cssSelector("a.business-page"));
        return java.util.List.of(link.getText(), link.getAttribute("href"));
    }

    /** The text of the inbox table. */
    public String items() {
        return text(driver, By.id("inbox:items"));
    }

    public ReferralDetailPage openReferral(String reference) {
        driver.findElement(By.linkText(reference)).click();
        return ReferralDetailPage.await(driver);
    }

    /** Filters by status (a routing status such as IN_REVIEW), as a user choosing from the menu. */
    public InboxPage filterByStatus(String status) {
        chooseAndFire(driver, "inbox:status", status);
        return this;
    }

    public InboxPage filterByUrgency(String urgency) {
        chooseAndFire(driver, "inbox:urgency", urgency);
        return this;
    }

    /** The status filter's chosen value, "" for none. */
    /** Whether the filters are folded away (the list comes first), as a closed disclosure widget. */
    public boolean filtersFolded() {
        return driver.findElement(By.id("inbox:filters")).getAttribute("open") == null;
    }

    /** The table's column headings, in order. */
    public java.util.List<String> columns() {
        return driver.findElements(By.cssSelector("[id='inbox:items'] thead th")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    /** The feedback-due cell of a referral's row. */
    public String feedbackDue(String reference) {
        java.util.List<String> headers = columns();
        int column = headers.indexOf("Feedback due");
        return present(driver, By.linkText(reference)).findElement(By.xpath("./ancestor::tr[1]"))
                .findElements(By.tagName("td")).get(column).getAttribute("textContent").replace("Feedback due", "").trim();
    }

    public String statusFilter() {
        return selected(driver, "inbox:status");
    }

    public String urgencyFilter() {
        return selected(driver, "inbox:urgency");
    }

    /** Clears the filters and waits until the status filter shows none. */
    public InboxPage clearFilters() {
        click(driver, By.id("inbox:clearFilters"));
        waitFor(driver).until(d -> statusFilter().isEmpty());
        return this;
    }
}
