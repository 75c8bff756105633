package org.eyesandears.it.pages;

import java.time.Duration;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits for PrimeFaces' AJAX queue to empty instead of sleeping. */
final class Ajax {

    private Ajax() {
    }

    static void settle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }
}
