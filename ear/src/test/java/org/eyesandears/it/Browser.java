package org.eyesandears.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, driven by Debian's chromedriver. */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** A phone-sized window (iPhone 12-ish CSS pixels). */
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension LAPTOP = new Dimension(1366, 900);

    private Browser() {
    }

    /**
     * Installs Debian's chromium and chromium-driver when they are missing and we are root (as on
     * CI); otherwise fails with what to install, so no browser test is ever skipped silently.
     */
    static synchronized void ensureInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: run "
                    + "'sudo apt-get install chromium chromium-driver' and try again.");
        }
        System.out.println("Installing Debian's chromium and chromium-driver for the browser tests...");
        run("apt-get", "update", "-q");
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium", "chromium-driver");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("apt-get did not install " + CHROMIUM + " and " + CHROMEDRIVER);
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    /** A new headless browser with a fresh profile and the given window size. */
    public static WebDriver open(Dimension size) throws IOException {
        ensureInstalled();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                        "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-quic", "--lang=en-GB",
                        "--window-size=" + size.getWidth() + "," + size.getHeight(),
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // Keep the console, so tests can tell that no Content-Security-Policy violation happened.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Chromium's --window-size stops at 500 px wide; resizing the window goes down to the phone's 390.
        driver.manage().window().setSize(size);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The console messages about Content-Security-Policy violations since the last call. */
    public static java.util.List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }
}
