package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    /** Accepts the invitation for the reader's agency (it may change its answer later), waiting for the confirmation. */
    public VisitPage accept() {
        Elements.click(driver, By.id("visit:accept"));
        Elements.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Your agency takes part."));
        return this;
    }

    /** Each agency's row in the agencies table: name, officers and answer, as shown. */
    public java.util.List<String> agencies() {
        return driver.findElements(By.cssSelector("[id='visit:participants'] tbody tr")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** The name of the premises visited, the page's heading. */
    public String businessName() {
        return text(driver, By.id("businessName"));
    }
}
