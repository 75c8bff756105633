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

    /** Ticks a sign, opening its group first when it is folded (a tap on the group's heading). */
    public ConcernCardPage tick(String indicatorCode) {
        WebElement box = driver.findElement(By.cssSelector(".indicator[data-code='" + indicatorCode + "'] .ui-chkbox-box"));
        openGroupAround(box);
        scrollAndClick(box);
        return this;
    }

    /** "Add a person", then types the new row's name or description and role (either may be empty). */
    public ConcernCardPage addPerson(String nameOrDescription, String role) {
        int before = driver.findElements(By.cssSelector(".person")).size();
        click(By.id("card:addPerson"));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".person")).size() > before);
        List<WebElement> rows = driver.findElements(By.cssSelector(".person"));
        WebElement row = rows.get(rows.size() - 1);
        type(row.findElement(By.cssSelector("input[id$=':personName']")).getAttribute("id"), nameOrDescription);
        type(row.findElement(By.cssSelector("input[id$=':personRole']")).getAttribute("id"), role);
        return this;
    }

    /** Picks one of "your recent visits and referrals" with one tap. */
    public ConcernCardPage chooseRecent(String tradingName) {
        WebElement button = driver.findElements(By.cssSelector(".recent-business")).stream()
                .filter(b -> b.getAttribute("textContent").trim().startsWith(tradingName)).findFirst()
                .orElseThrow(() -> new AssertionError("No recent business " + tradingName + " among " + recentBusinesses()));
        scrollAndClick(button);
        Ajax.settle(driver);
        return this;
    }

    /** The businesses the card offers from the officer's recent visits and referrals, as labelled. */
    public List<String> recentBusinesses() {
        return driver.findElements(By.cssSelector(".recent-business")).stream().map(WebElement::getText).toList();
    }

    /** The business chosen, as the type-ahead shows it. */
    public String chosenBusiness() {
        return driver.findElement(By.id("card:business_input")).getAttribute("value");
    }

    /** What the folded grading's heading says. */
    public String gradingSummary() {
        return driver.findElement(By.id("gradingSummary")).getText();
    }

    /** Opens the grading questions, if folded, and taps an option's words (not its round box). */
    public ConcernCardPage tapGradingOption(String question, String wordsStartWith) {
        WebElement label = driver.findElements(By.cssSelector("[id='card:" + question + "'] label")).stream()
                .filter(l -> l.getAttribute("textContent").trim().startsWith(wordsStartWith)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + wordsStartWith + " in " + question));
        openGroupAround(label);
        scrollAndClick(label);
        Ajax.settle(driver);
        return this;
    }

    /** The words of the option chosen for a grading question, e.g. "source". */
    public String gradingChoice(String question) {
        return driver.findElements(By.cssSelector("[id='card:" + question + "'] input[type=radio]")).stream()
                .filter(WebElement::isSelected).findFirst()
                .map(i -> driver.findElement(By.cssSelector("label[for='" + i.getAttribute("id") + "']")).getText())
                .orElse("");
    }

    /** Opens "something not in these groups" and returns the agency menu's box (left, right) in CSS pixels. */
    public long[] otherConcernAgencyEdges() {
        WebElement menu = driver.findElement(By.id("card:otherConcernAgency"));
        openGroupAround(menu);
        java.util.Map<?, ?> r = (java.util.Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", menu);
        return new long[] {Math.round(((Number) r.get("left")).doubleValue()), Math.round(((Number) r.get("right")).doubleValue())};
    }

    /** The width of the browser's layout viewport in CSS pixels. */
    public long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;")).longValue();
    }

    /** The upload control's visible words. */
    public String uploadButtonText() {
        return driver.findElement(By.cssSelector("[id='card:attachments'] .ui-fileupload-choose")).getText();
    }

    /** The error summary's links, in order, once it is shown. */
    public List<String> errorSummary() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        return driver.findElements(By.cssSelector(".error-summary a")).stream().map(WebElement::getText).toList();
    }

    /** Whether the error summary holds the keyboard focus (it takes it when shown). */
    public boolean errorSummaryHasFocus() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.activeElement !== null && document.activeElement.classList.contains('error-summary');"));
    }

    /** Follows an error summary link; returns the id of the element that has the focus then. */
    public String followError(String sentence) {
        WebElement link = driver.findElements(By.cssSelector(".error-summary a")).stream()
                .filter(a -> a.getText().equals(sentence)).findFirst()
                .orElseThrow(() -> new AssertionError("No error summary link " + sentence));
        scrollAndClick(link);
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;");
    }

    /** Whether the element with this id is visible on the screen now (inside the viewport, not folded away). */
    public boolean isOnScreen(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var e = document.getElementById(arguments[0]); if (!e) { return false; }"
                        + " var box = e.closest('.ui-radiobutton, .ui-chkbox, .ui-selectonemenu') || e;"
                        + " var r = box.getBoundingClientRect();"
                        + " return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight;", id));
    }

    /** Whether the confirmation holds the keyboard focus and its heading is on the screen. */
    public boolean confirmationHasFocusInView() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var c = document.getElementById('confirmation'), h = document.getElementById('confirmationHeading');"
                        + " if (!c || !h) { return false; } var r = h.getBoundingClientRect();"
                        + " return document.activeElement === c && r.top >= 0 && r.bottom <= window.innerHeight;"));
    }

    /** Whether the form (its fields and Send) is still on the page. */
    public boolean isFormShown() {
        return !driver.findElements(By.id("card")).isEmpty() || !driver.findElements(By.id("card:submit")).isEmpty();
    }

    /** "Log another concern" on the confirmation: a new, empty card. */
    public ConcernCardPage logAnother() {
        click(By.id("another"));
        return await(driver);
    }

    /** The codes of the signs ticked. */
    public List<String> tickedSigns() {
        return driver.findElements(By.cssSelector(".indicator")).stream()
                .filter(i -> i.findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class").contains("ui-state-active"))
                .map(i -> i.getAttribute("data-code")).toList();
    }

    private void openGroupAround(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        WebElement summary = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "var d = arguments[0].closest('details'); return d && !d.open ? d.querySelector(':scope > summary') : null;",
                element);
        if (summary != null) {
            scrollAndClick(summary);
        }
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
        openGroupAround(boxes.get(index));
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
