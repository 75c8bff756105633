package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One joint visit (visit/visit.xhtml). */
public final class VisitPage {

    private final WebDriver driver;

    private VisitPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The visit page the browser shows, once loaded. */
    public static VisitPage await(WebDriver driver) {
        present(driver, By.id("businessName"));
        return new VisitPage(driver);
    }

    /** The name of the premises visited, the page's heading. */
    public String businessName() {
        return text(driver, By.id("businessName"));
    }
}
