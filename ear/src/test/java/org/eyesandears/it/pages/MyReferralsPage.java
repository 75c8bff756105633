package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An officer's own referrals (referral/my-referrals.xhtml), each with its agencies' feedback. */
public final class MyReferralsPage {

    private final WebDriver driver;

    private MyReferralsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static MyReferralsPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/referral/my-referrals.xhtml");
        return await(driver);
    }

    static MyReferralsPage await(WebDriver driver) {
        present(driver, By.id("mine:referrals"));
        return new MyReferralsPage(driver);
    }

    /** Waits until the list shows the referral (a link named by its reference). */
    public MyReferralsPage awaitReferral(String reference) {
        present(driver, By.linkText(reference));
        return this;
    }

    /** The text of the referrals table. */
    public String referrals() {
        return text(driver, By.id("mine:referrals"));
    }

    public ReferralDetailPage openReferral(String reference) {
        driver.findElement(By.linkText(reference)).click();
        return ReferralDetailPage.await(driver);
    }
}
