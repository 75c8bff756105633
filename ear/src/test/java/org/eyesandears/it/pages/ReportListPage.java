package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A dashboard drill-down list (reporting/routings.xhtml, visits.xhtml, referrals.xhtml, businesses.xhtml):
 * a heading naming what is listed and for whom, and the rows.
 */
public final class ReportListPage {

    private final WebDriver driver;

    private ReportListPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the routings list with the dashboard's query (kind, agency, from, to ...), as a drill-down link does. */
    public static ReportListPage openRoutings(WebDriver driver, String appUrl, String query) {
        driver.get(appUrl + "/reporting/routings.xhtml?" + query);
        return await(driver);
    }

    /** Opens the businesses of interest list with the dashboard's query (agencies, from, to). */
    public static ReportListPage openBusinesses(WebDriver driver, String appUrl, String query) {
        driver.get(appUrl + "/reporting/businesses.xhtml?" + query);
        return await(driver);
    }

    /** Narrows the businesses list to one kind of business, by its words, as the page's filter does. */
    public ReportListPage narrowToKind(String kind) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("businessType"))).selectByVisibleText(kind);
        click(driver, By.cssSelector("#kindFilter button[type=submit]"));
        Elements.waitFor(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("businessType="));
        return await(driver);
    }

    /** The rows of a businesses list. */
    public String businesses() {
        return text(driver, By.id("businessRows"));
    }

    static ReportListPage await(WebDriver driver) {
        present(driver, By.id("list-heading"));
        return new ReportListPage(driver);
    }

    public String heading() {
        return text(driver, By.id("list-heading"));
    }

    /** The rows of a routings list. */
    public String routings() {
        return text(driver, By.id("routings"));
    }

    /** The text of the cell that links to a referral, by its reference (its status and any erasure). */
    public String referralCell(String reference) {
        return present(driver, By.linkText(reference)).findElement(By.xpath("./ancestor::td[1]")).getText();
    }

    /** The rows of a joint-visits list. */
    public String visits() {
        return text(driver, By.id("visitRows"));
    }

    /** Opens the n-th joint visit of the list (0 for the first). */
    public VisitPage openVisit(int index) {
        driver.findElements(By.cssSelector("#visitRows a.visit-link")).get(index).click();
        return VisitPage.await(driver);
    }

    /** Goes back to the dashboard the list was opened from, as the browser's back button does. */
    public DashboardPage back() {
        driver.navigate().back();
        return DashboardPage.await(driver);
    }
}
