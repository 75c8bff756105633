package org.eyesandears.it.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object does the same way: wait for an element, click it as a user would, let AJAX settle. */
final class Elements {

    private Elements() {
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static WebElement present(WebDriver driver, By by) {
        return waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    static String text(WebDriver driver, By by) {
        return present(driver, by).getText();
    }

    /** Scrolls the element into the middle of the view (a sticky header would hide it), clicks, waits for AJAX. */
    static void click(WebDriver driver, By by) {
        WebElement element = waitFor(driver).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        Ajax.settle(driver);
    }

    /** The text of every message area on the page (the template's global messages and any of its own), one per line. */
    static String messages(WebDriver driver) {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /** Picks an option of a PrimeFaces select menu by its value, through the widget's own API (no event fired). */
    static void choose(WebDriver driver, String id, String value) {
        present(driver, By.id(id));
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    /** Picks a value of a PrimeFaces select menu as a user would, so that its change listener runs, then settles. */
    static void chooseAndFire(WebDriver driver, String id, String value) {
        present(driver, By.id(id));
        ((JavascriptExecutor) driver).executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w.getSelectedValue() !== arguments[1]) { w.selectValue(arguments[1]);"
                + " document.getElementById(arguments[0] + '_input').dispatchEvent(new Event('change')); }",
                id, value);
        Ajax.settle(driver);
    }

    /** The value a PrimeFaces select menu shows as chosen, "" for none. */
    static String selected(WebDriver driver, String id) {
        Object value = ((JavascriptExecutor) driver).executeScript(
                "return PrimeFaces.getWidgetById(arguments[0]).getSelectedValue();", id);
        return value == null ? "" : value.toString();
    }
}
