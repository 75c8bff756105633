package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;
import static org.eyesandears.it.pages.Elements.waitFor;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The managers' dashboard (reporting/dashboard.xhtml): a plain GET form, tables beside charts, drill-down links. */
public final class DashboardPage {

    private final WebDriver driver;

    private DashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static DashboardPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/reporting/dashboard.xhtml");
        return await(driver);
    }

    /** Opens the dashboard for a period given in the address, as a bookmark would. */
    public static DashboardPage open(WebDriver driver, String appUrl, String from, String to) {
        driver.get(appUrl + "/reporting/dashboard.xhtml?from=" + from + "&to=" + to);
        return await(driver);
    }

    static DashboardPage await(WebDriver driver) {
        present(driver, By.id("agencies"));
        return new DashboardPage(driver);
    }

    /** Shows another period (ISO dates), set as a date picker would: date fields take keys in the locale's order. */
    public DashboardPage showPeriod(String from, String to) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('from').value = arguments[0];"
                + " document.getElementById('to').value = arguments[1];", from, to);
        return show("from=" + from);
    }

    /** Narrows the dashboard to one agency, by its code. */
    public DashboardPage showAgency(String code) {
        new Select(driver.findElement(By.id("agency"))).selectByValue(code);
        return show("agency=" + code);
    }

    private DashboardPage show(String expectedInUrl) {
        driver.findElement(By.id("show")).click();
        waitFor(driver).until(ExpectedConditions.urlContains(expectedInUrl));
        return await(driver);
    }

    /**
     * Downloads a table's CSV by clicking its link, as the manager would; returns the file the
     * browser saved into {@code folder} once complete.
     */
    public java.nio.file.Path downloadCsv(String table, java.nio.file.Path folder) throws Exception {
        return download(By.cssSelector("a[href*='/export/" + table + ".csv']"), folder);
    }

    /** Downloads the PDF summary for board papers by clicking its link; returns the saved file. */
    public java.nio.file.Path downloadPdf(java.nio.file.Path folder) throws Exception {
        return download(By.id("pdf"), folder);
    }

    private java.nio.file.Path download(By link, java.nio.file.Path folder) throws Exception {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        try (var before = java.nio.file.Files.list(folder)) {
            java.util.Set<java.nio.file.Path> had = before.collect(java.util.stream.Collectors.toSet());
            Elements.click(driver, link);
            return waitFor(driver).until(d -> {
                try (var now = java.nio.file.Files.list(folder)) {
                    return now.filter(f -> !had.contains(f) && !f.getFileName().toString().endsWith(".crdownload"))
                            .findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** The name of the agency the agency menu shows as chosen. */
    public String selectedAgency() {
        return new Select(driver.findElement(By.id("agency"))).getFirstSelectedOption().getText();
    }

    public String agenciesCaption() {
        return driver.findElement(By.cssSelector("#agencies caption")).getText();
    }

    public String agencies() {
        return text(driver, By.id("agencies"));
    }

    /** Whether the per-officer table is on the page at all (never for the partnership-wide view). */
    public boolean showsOfficers() {
        return !driver.findElements(By.id("officers")).isEmpty();
    }

    public String officers() {
        return text(driver, By.id("officers"));
    }

    public String teams() {
        return text(driver, By.id("teams"));
    }

    /** The agency-to-agency flows table. */
    public String matrix() {
        return text(driver, By.id("matrix"));
    }

    /** Each column heading of the matrix as "shown text|text for screen readers". */
    public java.util.List<String> matrixColumns() {
        return driver.findElements(By.cssSelector("#matrix thead th[scope=col]")).stream().skip(1)
                .map(th -> th.findElement(By.cssSelector("[aria-hidden=true]")).getText() + "|"
                        + th.findElement(By.cssSelector(".app-visually-hidden")).getAttribute("textContent").trim())
                .toList();
    }

    public String visits() {
        return text(driver, By.id("visits"));
    }

    public String visitAgencies() {
        return text(driver, By.id("visitAgencies"));
    }

    /** The table of figures for use (officers, referrals per 100 officers, card times, ratings, undone links). */
    public String use() {
        return text(driver, By.id("use"));
    }

    /** One agency's row of the figures for use, by code ("ALL" for the partnership). */
    public String useRow(String agency) {
        return text(driver, By.cssSelector("#use tr[data-agency='" + agency + "']"));
    }

    /** The success criteria table. */
    public String targets() {
        return text(driver, By.id("targets"));
    }

    /** The labels of every chart on the page, one string per chart ("label|label|..."). */
    @SuppressWarnings("unchecked")
    public java.util.List<String> chartLabels() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Object.values(window.Chart ? Chart.instances : {}).map(function (c) {"
                        + " return c.data.labels.join('|'); });");
    }

    /**
     * The agencies table's width against its box and the page's content: [the box's scroll width, the box's
     * visible width, the table's width, the content's width], in CSS pixels.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<Long> agenciesTableWidths() {
        return (java.util.List<Long>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var t = document.getElementById('agencies'), box = t.parentElement;"
                        + " return [box.scrollWidth, box.clientWidth, t.offsetWidth,"
                        + " document.querySelector('.app-main').clientWidth];");
    }

    public int charts() {
        return driver.findElements(By.cssSelector("canvas")).size();
    }

    /** The count shown as the overdue-for-feedback link of the first agency row. */
    public String overdueFeedbackCount() {
        return driver.findElement(By.cssSelector("#overdue a.overdue-feedback")).getText();
    }

    public ReportListPage openOverdueFeedback() {
        click(driver, By.cssSelector("#overdue a.overdue-feedback"));
        return ReportListPage.await(driver);
    }

    public ReportListPage openVisitsHeld() {
        click(driver, By.id("visitsHeld"));
        return ReportListPage.await(driver);
    }
}
