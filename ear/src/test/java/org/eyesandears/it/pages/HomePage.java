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

    public WebDriver driver() {
        return driver;
    }
}
