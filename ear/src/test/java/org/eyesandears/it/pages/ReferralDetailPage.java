package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.choose;
import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;
import static org.eyesandears.it.pages.Elements.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One referral (referral/detail.xhtml): what was seen, and each routing's state; a desk officer of an
 * agency it was routed to also gets the triage form ("desk:").
 */
public final class ReferralDetailPage {

    private final WebDriver driver;

    private ReferralDetailPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ReferralDetailPage open(WebDriver driver, String appUrl, String reference) {
        driver.get(appUrl + "/referral/detail.xhtml?ref=" + reference);
        return await(driver);
    }

    /** The referral page the browser shows, once loaded. */
    public static ReferralDetailPage await(WebDriver driver) {
        present(driver, By.id("routings"));
        return new ReferralDetailPage(driver);
    }

    /** The text of the routing to one agency, by its code, once shown. */
    public String routing(String agency) {
        return text(driver, By.cssSelector(".routing[data-agency='" + agency + "']"));
    }

    public String routings() {
        return text(driver, By.id("routings"));
    }

    /** "Sent by": the author as named on the page, their agency and when. */
    public String author() {
        return text(driver, By.id("author"));
    }

    /** The routings' status changes, one line each, oldest first. */
    public java.util.List<String> history() {
        present(driver, By.id("history"));
        return driver.findElements(By.cssSelector("#history li")).stream().map(e -> e.getText().trim()).toList();
    }

    /** The references of the other referrals at the same premises listed on the page. */
    public java.util.List<String> samePremises() {
        return driver.findElements(By.cssSelector("#samePremises a")).stream().map(e -> e.getText().trim()).toList();
    }

    /** The moves the desk is offered, in words, without the "(choose)" prompt. */
    public java.util.List<String> offeredMoves() {
        return driver.findElements(By.cssSelector("select[id='desk:moveTo_input'] option")).stream()
                .map(e -> e.getAttribute("textContent").trim()).filter(t -> !t.equals("(choose)")).toList();
    }

    public String business() {
        return text(driver, By.id("business"));
    }

    public String indicators() {
        return text(driver, By.id("indicators"));
    }

    public String observation() {
        return text(driver, By.id("observation"));
    }

    /** The address of an attachment's download link, by the file's name. */
    public String attachmentLink(String fileName) {
        return present(driver, By.linkText(fileName)).getAttribute("href");
    }

    /** The desk's routing status in words ("taken on", "closed"). */
    public String deskStatus() {
        return text(driver, By.id("deskStatus"));
    }

    /** Moves the desk's routing (to IN_REVIEW, ACCEPTED, CLOSED ...) and waits for the status shown in words. */
    public ReferralDetailPage moveTo(String status, String shownAs) {
        choose(driver, "desk:moveTo", status);
        click(driver, By.id("desk:move"));
        waitFor(driver).until(ExpectedConditions.textToBe(By.id("deskStatus"), shownAs));
        return this;
    }

    /** Sends feedback; waits until the routings show the outcome in words ({@code outcomeShownAs}). */
    public ReferralDetailPage sendFeedback(String usefulness, String outcome, String comment, String outcomeShownAs) {
        choose(driver, "desk:usefulness", usefulness);
        choose(driver, "desk:outcome", outcome);
        driver.findElement(By.id("desk:comment")).sendKeys(comment);
        click(driver, By.id("desk:sendFeedback"));
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("routings"), outcomeShownAs));
        return this;
    }

    /** The officer's "was this feedback useful?" box for one agency's feedback, as it reads now. */
    public String feedbackRating(String agency) {
        return text(driver, By.cssSelector(".feedback-rating[data-agency='" + agency + "']"));
    }

    /** Answers "was this feedback useful?" for one agency's feedback and waits for the thanks. */
    public ReferralDetailPage rateFeedback(String agency, boolean useful) {
        String box = ".feedback-rating[data-agency='" + agency + "'] ";
        click(driver, By.cssSelector(box + (useful ? ".rate-useful" : ".rate-not-useful")));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(box + ".rated")));
        return this;
    }
}
