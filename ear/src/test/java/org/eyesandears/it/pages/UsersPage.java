package org.eyesandears.it.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' list of people who have signed in (admin/users.xhtml). */
public final class UsersPage {

    private final WebDriver driver;

    private UsersPage(WebDriver driver) {
        this.driver = driver;
    }

    public static UsersPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/admin/users.xhtml");
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("usersForm:users")));
        return new UsersPage(driver);
    }

    /** The text of one user's row. */
    public String row(String username) {
        return driver.findElement(By.xpath("//tbody/tr[td[1][contains(normalize-space(.), '" + username + "')]]")).getText();
    }

    /** Revokes the user's calendar feed, confirming in the dialog. */
    public UsersPage revokeFeed(String username) {
        click(By.cssSelector("button[aria-label='Revoke the calendar feed of " + username + "']"));
        return click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private UsersPage click(By by) {
        WebElement element = wait(driver).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        Ajax.settle(driver);
        return this;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
