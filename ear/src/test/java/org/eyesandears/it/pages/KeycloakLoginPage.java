package org.eyesandears.it.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own login page for the eyesandears realm. */
public final class KeycloakLoginPage {

    private final WebDriver driver;

    private KeycloakLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until the browser shows Keycloak's login form. */
    public static KeycloakLoginPage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        return new KeycloakLoginPage(driver);
    }

    public static boolean isShown(WebDriver driver) {
        return !driver.findElements(By.id("kc-login")).isEmpty();
    }

    /** Signs in as a demo user (password = username) and waits for the application's home page. */
    public HomePage signInAs(String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        return HomePage.await(driver);
    }
}
