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

/**
 * The browsers of one test: opened on demand (a test may open several, one per user), all closed
 * after the test, and on failure a screenshot and the page source of the last one opened are kept
 * under target/failsafe-reports/browser for whoever reads the failure.
 */
public final class BrowserSession implements AfterEachCallback, TestExecutionExceptionHandler {

    private final List<WebDriver> drivers = new ArrayList<>();

    public WebDriver open(Dimension size) throws IOException {
        WebDriver driver = Browser.open(size);
        drivers.add(driver);
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
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }
}
