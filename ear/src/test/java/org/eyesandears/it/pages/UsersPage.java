package org.eyesandears.it.pages;


import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' list of people who have signed in (admin/users.xhtml). */
public final class UsersPage {

    private final WebDriver driver;

    private UsersPage(WebDriver driver) {
        this.driver = driver;
    }

    public static UsersPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/admin/users.xhtml");
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("usersForm:users")));
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
        return Elements.messages(driver);
    }

    private UsersPage click(By by) {
        Elements.click(driver, by);
        return this;
    }

}
