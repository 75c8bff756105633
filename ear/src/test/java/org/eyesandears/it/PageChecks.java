package org.eyesandears.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The checks every application page a browser test shows must pass: axe-core finds no serious or
 * critical WCAG 2.2 AA violation, and at 390 CSS pixels wide nothing scrolls sideways.
 *
 * <p>Attached to every browser of a {@link BrowserSession} as a listener, so no test and no page
 * object has to remember it. A page is checked when the test is about to leave it or act on it
 * (before a navigation, a click or closing the browser): by then the test has waited for it, so the
 * scan sees the page as the user does. Each distinct page (path, phone or laptop width, and whether
 * it shows an error summary or a confirmation panel) is scanned once per test run, which keeps the
 * cost to one scan per page, state and width (about 0.3-1 s each).
 * Keycloak's pages and non-HTML answers (PDF, CSV) are not ours and are left out.
 *
 * <p>{@code -Dit.axe=fail} (the default) fails the test that first met the violation;
 * {@code report} only writes the findings to {@code target/failsafe-reports/axe/}; {@code off}
 * skips the scans. See docs/development.md and ADR 0028.
 */
public final class PageChecks implements WebDriverListener {

    /**
     * The WCAG 2.0/2.1/2.2 A and AA rules, plus label-content-name-mismatch (WCAG 2.5.3, which axe
     * marks experimental and leaves off unless asked); the build fails on serious and critical ones.
     */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final int PHONE_WIDTH = 390;

    private static final Set<String> SCANNED = ConcurrentHashMap.newKeySet();
    private static final Set<String> WIDTH_CHECKED = ConcurrentHashMap.newKeySet();
    private static final Path REPORTS = Path.of("target/failsafe-reports/axe");
    private static volatile String axeSource;

    private final WebDriver driver;
    private final String appOrigin;
    private final String mode;
    private final List<String> failures = new ArrayList<>();
    private boolean checking;
    private boolean closed;

    PageChecks(WebDriver driver) {
        this.driver = driver;
        this.appOrigin = Stack.appUrl();
        this.mode = System.getProperty("eyesandears.it.axe", "fail");
    }

    /** A failed check fails the test instead of being logged and forgotten. */
    @Override
    public boolean throwsExceptions() {
        return true;
    }

    @Override
    public void beforeGet(WebDriver webDriver, String url) {
        checkCurrentPage();
    }

    @Override
    public void beforeClick(WebElement element) {
        checkCurrentPage();
    }

    @Override
    public void beforeQuit(WebDriver webDriver) {
        checkCurrentPage();
    }

    @Override
    public void afterQuit(WebDriver webDriver) {
        closed();
    }

    /** The browser is closed or handed back to the pool: nothing more to check. */
    void closed() {
        closed = true;
    }

    @Override
    public void beforeAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args) {
        checkCurrentPage();
    }

    /** Checks the page shown now, unless it was checked before or is not the application's. */
    public void checkCurrentPage() {
        if (checking || closed || "off".equals(mode)) {
            return;
        }
        checking = true;
        try {
            String url = driver.getCurrentUrl();
            if (url == null || !url.startsWith(appOrigin)) {
                return;
            }
            String path = URI.create(url).getPath().replaceAll(";jsessionid=.*", "");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            settle(js);
            if (!Boolean.TRUE.equals(js.executeScript("return document.contentType === 'text/html'"
                    + " || document.contentType === 'application/xhtml+xml';"))) {
                return;
            }
            long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
            // A page showing an error summary or a confirmation panel is another state of it, scanned too.
            String state = (String) js.executeScript("return ['error-summary', 'confirmation-panel']"
                    + ".filter(function (c) { return document.querySelector('.' + c); }).join(' ');");
            String key = path + (state.isEmpty() ? "" : " [" + state + "]") + (width <= 600 ? " (phone)" : " (laptop)");
            if (SCANNED.add(key)) {
                scan(js, key);
            }
            if (WIDTH_CHECKED.add(path)) {
                checkNoSidewaysScroll(js, path);
            }
        } finally {
            checking = false;
        }
        if (!failures.isEmpty() && "fail".equals(mode)) {
            String message = String.join("\n", failures);
            failures.clear();
            throw new AssertionError("Accessibility check failed:\n" + message);
        }
    }

    private static void settle(JavascriptExecutor js) {
        new WebDriverWait((WebDriver) js, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces"
                        + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    @SuppressWarnings("unchecked")
    private void scan(JavascriptExecutor js, String key) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(axe());
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'],"
                + " rules: {'label-content-name-mismatch': {enabled: true}}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' :: ' + n.html.slice(0, 160).replace(/\\s+/g, ' ')"
                + " + ' :: '"
                + " + (n.failureSummary || '').replace(/\\s+/g, ' '); }) }; })); })"
                + ".catch(function (e) { done('axe failed: ' + e); });", TAGS);
        if (result instanceof String error) {
            throw new IllegalStateException(error + " on " + key);
        }
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            List<String> nodes = (List<String>) violation.get("nodes");
            String line = key + "\t" + violation.get("impact") + "\t" + violation.get("id") + "\t" + nodes.size()
                    + "\t" + violation.get("help");
            lines.add(line);
            if (FAILING_IMPACTS.contains(String.valueOf(violation.get("impact")))) {
                StringBuilder failure = new StringBuilder("  axe " + line.replace('\t', ' '));
                nodes.stream().limit(5).forEach(n -> failure.append("\n      ").append(n));
                failures.add(failure.toString());
            }
        }
        record("scans.tsv", key + "\t" + lines.size());
        lines.forEach(l -> record("violations.tsv", l));
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            ((List<String>) violation.get("nodes")).stream().limit(10).forEach(n -> record("nodes.tsv",
                    key + "\t" + violation.get("impact") + "\t" + violation.get("id") + "\t" + n));
        }
    }

    /** At 390 px wide the page must fit: the window is narrowed for the check when it is wider. */
    private void checkNoSidewaysScroll(JavascriptExecutor js, String path) {
        Dimension size = driver.manage().window().getSize();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        boolean resize = innerWidth != PHONE_WIDTH;
        if (resize) {
            driver.manage().window().setSize(new Dimension((int) (size.getWidth() - innerWidth + PHONE_WIDTH),
                    size.getHeight()));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) js.executeScript(
                    "return window.innerWidth;")).longValue() == PHONE_WIDTH);
            // Narrowing the window makes PrimeFaces close open overlays (a type-ahead's list); measure
            // once their closing animation has ended, not the moment they are still laid out mid-way.
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return document.querySelectorAll('.ui-connected-overlay-exit').length === 0;")));
        }
        try {
            Object overflow = js.executeScript("var w = document.documentElement.clientWidth;"
                    + "if (document.documentElement.scrollWidth <= w) { return null; }"
                    + "function clipped(e) { for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                    + " if (getComputedStyle(a).overflowX !== 'visible') { return true; } } return false; }"
                    + "var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                    + " var r = e.getBoundingClientRect(); return r.right > w + 1 && r.width > 0 && !clipped(e); })"
                    + ".filter(function (e, i, all) { return !all.some(function (o) { return o !== e && o.contains(e); }); })"
                    + ".slice(0, 5).map(function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                    + " + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)'; });"
                    + "return document.documentElement.scrollWidth + ' px wide: ' + wide.join(', ');");
            if (overflow != null) {
                String line = path + "\t" + overflow;
                record("sideways.tsv", line);
                failures.add("  scrolls sideways at " + PHONE_WIDTH + " px: " + path + ", " + overflow);
            }
        } finally {
            if (resize) {
                driver.manage().window().setSize(size);
            }
        }
    }

    private static String axe() {
        if (axeSource == null) {
            String location = System.getProperty("eyesandears.it.axe.script", "target/axe-core/package/axe.min.js");
            try {
                axeSource = Files.readString(Path.of(location), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + location
                        + ": the build downloads it in generate-test-resources", e);
            }
        }
        return axeSource;
    }

    private static boolean reportsCleared;

    /** Appends a line to a report of this run; the first call of a run removes the last run's reports. */
    private static synchronized void record(String file, String line) {
        try {
            if (!reportsCleared) {
                reportsCleared = true;
                if (Files.isDirectory(REPORTS)) {
                    try (var old = Files.list(REPORTS)) {
                        for (Path p : old.toList()) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
