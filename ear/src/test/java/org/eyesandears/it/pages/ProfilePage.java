package org.eyesandears.it.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Your profile": the signed-in user's name, agency and roles. */
public final class ProfilePage {

    private final WebDriver driver;

    private ProfilePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ProfilePage await(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("profileAgency")));
        return new ProfilePage(driver);
    }

    public String name() {
        return driver.findElement(By.id("profileName")).getText();
    }

    public String agency() {
        return driver.findElement(By.id("profileAgency")).getText();
    }

    public String roles() {
        return driver.findElement(By.id("profileRoles")).getText();
    }
}
