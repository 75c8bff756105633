package org.eyesandears.it.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The concern card (referral/concern-card.xhtml). */
public final class ConcernCardPage {

    private final WebDriver driver;

    private ConcernCardPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The card already shown in the browser. */
    public static ConcernCardPage attach(WebDriver driver) {
        return new ConcernCardPage(driver);
    }

    /**
     * Opens an empty card: a draft left by an earlier test of the same user is discarded, so no
     * test depends on another.
     */
    public static ConcernCardPage open(WebDriver driver, String appUrl) {
        ConcernCardPage page = openKeepingDraft(driver, appUrl);
        if (!driver.findElements(By.id("card:discardDraft")).isEmpty()) {
            page.discardDraft();
        }
        return page;
    }

    /** Opens the card as the user left it: a saved draft is restored. */
    public static ConcernCardPage openKeepingDraft(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/referral/concern-card.xhtml");
        return await(driver);
    }

    /** Waits for the card a link or button led to. */
    public static ConcernCardPage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("card:submit")));
        return new ConcernCardPage(driver);
    }

    /** "Discard it and start again", waiting for the empty card. */
    public ConcernCardPage discardDraft() {
        click(By.id("card:discardDraft"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("card:restored")));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("card:submit")));
        return this;
    }

    /** Picks a business from the register's type-ahead. */
    public ConcernCardPage chooseBusiness(String search, String label) {
        type("card:business_input", search);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.ui-autocomplete-item[data-item-label^='" + label + "']"))).click();
        Ajax.settle(driver);
        return this;
    }

    /** Switches to new premises and types them in. */
    public ConcernCardPage newPremises(String name, String address, String town, String postcode) {
        click(By.cssSelector("#card\\:newPremises .ui-chkbox-box"));
        Ajax.settle(driver);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("card:tradingName")));
        type("card:tradingName", name);
        type("card:addressLine1", address);
        type("card:town", town);
        type("card:postcode", postcode);
        return this;
    }

    public ConcernCardPage tick(String indicatorCode) {
        click(By.cssSelector(".indicator[data-code='" + indicatorCode + "'] .ui-chkbox-box"));
        return this;
    }

    public ConcernCardPage observe(String text) {
        type("card:observation", text);
        return this;
    }

    /** Pastes a long text into the observation at once, as from the clipboard (an input event, no key by key typing). */
    public ConcernCardPage paste(String text) {
        WebElement field = driver.findElement(By.id("card:observation"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus(); arguments[0].value = '';"
                + " document.execCommand('insertText', false, arguments[1]);", field, text);
        return this;
    }

    /** What the count under the observation says. */
    public String observationCount() {
        return driver.findElement(By.id("card:observation_count")).getText();
    }

    /** Grading by the radio buttons' positions: 0 = first choice (1 / A / P). */
    public ConcernCardPage grade(int source, int intelligence) {
        radio("card:source", source);
        radio("card:intelligence", intelligence);
        return this;
    }

    /** Attaches a file through the upload control and waits until the card lists it. */
    public ConcernCardPage attach(java.nio.file.Path file) {
        driver.findElement(By.cssSelector("[id='card:attachments'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".upload-name"))
                .stream().anyMatch(e -> e.getText().equals(file.getFileName().toString())));
        return this;
    }

    /** Offers a file the card must refuse; returns the refusal (naming the file) once shown beside the control. */
    public String attachRefused(java.nio.file.Path file) {
        driver.findElement(By.cssSelector("[id='card:attachments'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("card:attachmentsMessage"), file.getFileName().toString()));
        return driver.findElement(By.id("card:attachmentsMessage")).getText();
    }

    /** The names of the files the card lists as attached. */
    public List<String> attachedFiles() {
        return driver.findElements(By.cssSelector(".upload-name")).stream().map(WebElement::getText).toList();
    }

    /** Waits until the card says its draft was saved (it saves as the officer types). */
    public ConcernCardPage awaitDraftSaved() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("card:draftSavedAt")));
        return this;
    }

    /** The notice that a draft was restored. */
    public String restoredNotice() {
        return driver.findElement(By.id("card:restored")).getText();
    }

    /** What the observation field holds. */
    public String observation() {
        return driver.findElement(By.id("card:observation")).getAttribute("value");
    }

    /** Whether an indicator, by its code, is ticked. */
    public boolean isTicked(String indicatorCode) {
        return driver.findElement(By.cssSelector(".indicator[data-code='" + indicatorCode + "'] .ui-chkbox-box"))
                .getAttribute("class").contains("ui-state-active");
    }

    /**
     * Sends when the session has ended: waits for the page to say so (at the top, focused) and
     * returns what it says.
     */
    public String submitSignedOut() {
        click(By.id("card:submit"));
        WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNotice")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> notice.equals(d.switchTo().activeElement()));
        return notice.getText();
    }

    public void submit() {
        click(By.id("card:submit"));
        Ajax.settle(driver);
    }

    public String confirmationHeading() {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmationHeading"))).getText();
    }

    /** Whether the card was sent (the confirmation is on the page), without waiting for it. */
    public boolean isSent() {
        return !driver.findElements(By.id("confirmationHeading")).isEmpty();
    }

    /** The confirmation's text under its heading. */
    public String confirmation() {
        return driver.findElement(By.id("confirmation")).getText();
    }

    public List<String> sentTo() {
        return driver.findElements(By.cssSelector("#sentTo li")).stream().map(WebElement::getText).toList();
    }

    public List<String> errorMessages() {
        return driver.findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /**
     * Starts counting what the officer does from here on: taps (pointer presses, one per tap however
     * many click events a label passes on) and keystrokes, as the page receives them.
     */
    public ConcernCardPage startCounting() {
        ((JavascriptExecutor) driver).executeScript("window.cardUse = {taps: 0, keys: 0};"
                + "document.addEventListener('pointerdown', function (e) { if (e.isTrusted) { window.cardUse.taps++; } }, true);"
                + "document.addEventListener('keydown', function (e) { if (e.isTrusted) { window.cardUse.keys++; } }, true);");
        return this;
    }

    /** Taps and keystrokes counted since {@link #startCounting()}. */
    public Usage usage() {
        java.util.Map<?, ?> use = (java.util.Map<?, ?>) ((JavascriptExecutor) driver).executeScript("return window.cardUse;");
        return new Usage(((Number) use.get("taps")).intValue(), ((Number) use.get("keys")).intValue());
    }

    /** What the officer did: taps and keystrokes. */
    public record Usage(int taps, int keystrokes) {
    }

    /** The height of the whole page in CSS pixels, as scrolled through on this screen. */
    public long pageHeight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
    }

    /** The height of the page header (marking, menu bar and the user's links) in CSS pixels. */
    public long headerHeight() {
        return Math.round(((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.app-header').getBoundingClientRect().height;")).doubleValue());
    }

    private void radio(String id, int index) {
        List<WebElement> boxes = driver.findElements(By.cssSelector("[id='" + id + "'] .ui-radiobutton-box"));
        scrollAndClick(boxes.get(index));
    }

    /** Taps the field (as a person must before typing on a phone), then types. */
    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        scrollAndClick(field);
        field.clear();
        field.sendKeys(text);
    }

    private void click(By by) {
        scrollAndClick(driver.findElement(by));
    }

    private void scrollAndClick(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
