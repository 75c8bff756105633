package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.present;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page a typed /logout address shows (user/sign-out.xhtml): it asks before signing out. */
public final class SignOutPage {

    private final WebDriver driver;

    private SignOutPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SignOutPage type(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/logout");
        present(driver, By.id("signOutForm:signOut"));
        return new SignOutPage(driver);
    }

    public String heading() {
        return HomePage.await(driver).heading();
    }

    /** Signs out and waits for the signed-out page. */
    public void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        present(driver, By.id("signInAgain"));
    }
}
