package org.eyesandears.it;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * The browsers of one test: opened on demand (a test may open several, one per user), all closed
 * after the test, and on failure a screenshot and the page source of the last one opened are kept
 * under target/failsafe-reports/browser for whoever reads the failure.
 *
 * <p>Closing a browser hands it back to a pool instead of ending Chromium (about 2.5 s a start): the
 * next test gets it with everything a browser keeps about a user wiped, as a new profile would be
 * (cookies of every site, the application's and Keycloak's storage, a new tab, the default window
 * size), so it arrives signed out. A browser whose test failed is ended, never reused. The pool is
 * closed with the test stack ({@link TestStack}).
 */
public final class BrowserSession implements AfterEachCallback, TestExecutionExceptionHandler {

    private static final Deque<WebDriver> IDLE = new ConcurrentLinkedDeque<>();

    private final List<WebDriver> drivers = new ArrayList<>();
    private boolean failed;

    /** A new browser whose every application page is checked by {@link PageChecks} before it is left. */
    public WebDriver open(Dimension size) throws IOException {
        WebDriver browser = null;
        for (WebDriver idle; browser == null && (idle = IDLE.pollFirst()) != null;) {
            try {
                browser = wiped(idle, size);
            } catch (RuntimeException e) { // Chromium went away while idle: the next one, or a new one
                end(idle);
            }
        }
        if (browser == null) {
            browser = Browser.open(size);
        }
        WebDriver driver = new Pooled(browser).decorate(browser);
        drivers.add(driver);
        return driver;
    }

    /** Ends the pooled browsers; called once the test run ends. */
    static void closePool() {
        for (WebDriver idle; (idle = IDLE.pollFirst()) != null;) {
            end(idle);
        }
    }

    /** The browser as a new profile would have it: no cookies, no stored data, one new tab, the given size. */
    private static WebDriver wiped(WebDriver browser, Dimension size) {
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (String url : List.of(Stack.appUrl(), Stack.keycloakUrl())) {
            URI uri = URI.create(url);
            cdp.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    uri.getScheme() + "://" + uri.getAuthority(), "storageTypes", "all"));
        }
        cdp.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
        // A new tab has no session storage and no history; the old one is closed.
        String old = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(old).close();
        browser.switchTo().window(fresh);
        browser.manage().window().setSize(size);
        browser.manage().logs().get(LogType.BROWSER); // the last test's console, read and dropped
        return browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        failed = true;
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
        Throwable failure = null;
        for (WebDriver driver : drivers) {
            try {
                driver.quit(); // checks the page the test ended on, then hands the browser back
            } catch (RuntimeException | AssertionError e) {
                failure = failure == null ? e : failure;
            }
        }
        drivers.clear();
        failed = false;
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure != null) {
            throw (AssertionError) failure;
        }
    }

    private static void end(WebDriver browser) {
        try {
            browser.quit();
        } catch (RuntimeException e) {
            // Chromium already gone: nothing to end.
        }
    }

    /**
     * Fires {@link PageChecks} on every call, as {@link EventFiringDecorator} does, but makes
     * {@code quit()} check the page and hand the browser back to the pool instead of ending Chromium.
     */
    private final class Pooled extends EventFiringDecorator<WebDriver> {

        private final WebDriver browser;
        private final PageChecks checks;
        private boolean released;

        Pooled(WebDriver browser) {
            this(browser, new PageChecks(browser));
        }

        private Pooled(WebDriver browser, PageChecks checks) {
            super(checks);
            this.browser = browser;
            this.checks = checks;
        }

        @Override
        public Object call(Decorated<?> target, Method method, Object[] args)
                throws Throwable {
            if (target.getOriginal() == browser && "quit".equals(method.getName())) {
                if (!released) {
                    released = true;
                    boolean passed = false;
                    try {
                        checks.checkCurrentPage();
                        passed = true;
                    } finally {
                        checks.closed();
                        if (passed && !failed) {
                            IDLE.addLast(browser);
                        } else {
                            end(browser);
                        }
                    }
                }
                return null;
            }
            return super.call(target, method, args);
        }
    }
}
