package org.eyesandears.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * The browsers of one test: opened on demand (a test may open several, one per user), all closed
 * after the test, and on failure a screenshot and the page source of the last one opened are kept
 * under target/failsafe-reports/browser for whoever reads the failure.
 */
public final class BrowserSession implements AfterEachCallback, TestExecutionExceptionHandler {

    private final List<WebDriver> drivers = new ArrayList<>();
    private final java.util.Map<WebDriver, WebDriver> originals = new java.util.IdentityHashMap<>();

    /** A new browser whose every application page is checked by {@link PageChecks} before it is left. */
    public WebDriver open(Dimension size) throws IOException {
        WebDriver browser = Browser.open(size);
        WebDriver driver = new EventFiringDecorator<>(new PageChecks(browser)).decorate(browser);
        drivers.add(driver);
        originals.put(driver, browser);
        return driver;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (!drivers.isEmpty()) {
            WebDriver driver = drivers.get(drivers.size() - 1);
            try {
                Path dir = Path.of("target/failsafe-reports/browser");
                Files.createDirectories(dir);
                String name = context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName();
                Files.write(dir.resolve(name + ".png"),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"),
                        driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RuntimeException failure = null;
        for (WebDriver driver : drivers) {
            try {
                driver.quit(); // checks the page the test ended on, then closes the browser
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
                originals.get(driver).quit();
            }
        }
        drivers.clear();
        originals.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
