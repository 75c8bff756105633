package org.eyesandears.it.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The application shell (template) as seen on the home page: heading, menu, sign-out. */
public final class HomePage {

    private final WebDriver driver;

    private HomePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the application and signs in through Keycloak's login page. */
    public static HomePage signIn(WebDriver driver, String appUrl, String username) {
        driver.get(appUrl + "/");
        return KeycloakLoginPage.await(driver).signInAs(username);
    }

    public static HomePage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("menuForm:menu")));
        return new HomePage(driver);
    }

    /** Opens the application's home page of a browser already signed in. */
    public static HomePage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/");
        return await(driver);
    }

    /** Whether the current page is an application page (has the main menu), e.g. not once signed out. */
    public static boolean isShown(WebDriver driver) {
        return !driver.findElements(By.id("menuForm:menu")).isEmpty();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The labels of the main menu's entries, in order, including those folded away on a phone. */
    public List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream()
                .map(e -> e.getAttribute("textContent").trim())
                .toList();
    }

    /** Whether an entry of the main menu is shown; on a phone the menu is opened first, as a user would. */
    public boolean isMenuEntryDisplayed(String label) {
        List<WebElement> toggle = driver.findElements(By.id("menuToggle"));
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed() && "false".equals(toggle.get(0).getAttribute("aria-expanded"))) {
            Elements.click(driver, By.id("menuToggle"));
        }
        return driver.findElements(By.cssSelector("#menuForm\\:menu .ui-menuitem-text")).stream()
                .filter(e -> e.getAttribute("textContent").trim().equals(label))
                .anyMatch(WebElement::isDisplayed);
    }

    /** "Log a concern" on the home page: the concern card it opens. */
    public ConcernCardPage logConcern() {
        driver.findElement(By.id("logConcern")).click();
        return ConcernCardPage.await(driver);
    }

    /** Opens the notifications through the menu's bell, the one way that shows them. */
    public NotificationsPage openNotifications() {
        driver.findElement(By.id("menuForm:notificationsLink")).click();
        return NotificationsPage.await(driver);
    }

    public ProfilePage openProfile() {
        driver.findElement(By.id("menuForm:profileLink")).click();
        return ProfilePage.await(driver);
    }

    /** Signs out and waits for the signed-out page. */
    public void signOut() {
        driver.findElement(By.id("menuForm:logoutLink")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("signInAgain")));
    }

    /** The officer's count of questions waiting for their answer, as the home page says it. */
    public int questionsWaiting() {
        return Integer.parseInt(driver.findElement(By.id("questionCount")).getText().trim());
    }

    /** The lines of the officer's "questions waiting" list, each naming the referral, business and desk. */
    public List<String> questions() {
        return driver.findElements(By.cssSelector("#questions li")).stream().map(WebElement::getText).toList();
    }

    /** The lines of the officer's "feedback in the last days" list. */
    public List<String> recentFeedback() {
        return driver.findElements(By.cssSelector("#recentFeedback li")).stream().map(WebElement::getText).toList();
    }

    /** Follows the link of a waiting question to its referral's page. */
    public ReferralDetailPage openQuestion(String reference) {
        driver.findElement(By.cssSelector("#questions")).findElement(By.linkText(reference)).click();
        return ReferralDetailPage.await(driver);
    }

    /** The desk's work-queue counts by their labels, e.g. "New routings" to 3. */
    public java.util.Map<String, Integer> deskCounts() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (WebElement item : driver.findElements(By.cssSelector("#deskQueue li"))) {
            String text = item.getText().trim();
            int colon = text.lastIndexOf(':');
            counts.put(text.substring(0, colon).trim(), Integer.parseInt(text.substring(colon + 1).trim()));
        }
        return counts;
    }

    /** Follows the desk's "New routings" count to the inbox. */
    public InboxPage openNewRoutings() {
        driver.findElement(By.id("newRoutings")).click();
        return InboxPage.await(driver);
    }

    /** The heading of the card of visit invitations waiting for the agency's answer (with its count). */
    public String invitationsTitle() {
        return driver.findElement(By.cssSelector("#invitationsCard .ui-card-title")).getText();
    }

    public WebDriver driver() {
        return driver;
    }
}
