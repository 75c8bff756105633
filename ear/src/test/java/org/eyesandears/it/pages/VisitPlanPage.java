package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.chooseAndFire;
import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.selected;
import static org.eyesandears.it.pages.Elements.waitFor;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Planning a visit (visit/plan.xhtml): business, date, lead and invited agencies, named officers. */
public final class VisitPlanPage {

    private final WebDriver driver;

    private VisitPlanPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The plan form the browser shows, once loaded. */
    public static VisitPlanPage await(WebDriver driver) {
        present(driver, By.id("plan:save"));
        return new VisitPlanPage(driver);
    }

    /** The date as the form shows it (dd/MM/yyyy). */
    public String day() {
        return driver.findElement(By.id("plan:day_input")).getAttribute("value");
    }

    /** Picks a business from the register's type-ahead; the form then suggests agencies. */
    public VisitPlanPage chooseBusiness(String search, String label) {
        click(driver, By.id("plan:business_input"));
        driver.findElement(By.id("plan:business_input")).sendKeys(search);
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.ui-autocomplete-item[data-item-label^='" + label + "']"))).click();
        Ajax.settle(driver);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan:business_panel")));
        return this;
    }

    /** The code of the lead agency the form has chosen. */
    public String leadAgency() {
        return selected(driver, "plan:lead");
    }

    /** Chooses the lead agency, as a user would. */
    public VisitPlanPage lead(String code) {
        chooseAndFire(driver, "plan:lead", code);
        return this;
    }

    /** The labels of the agencies ticked to invite, read from the opened list. */
    public List<String> invited() {
        return labels("plan:invited", true);
    }

    /** Every officer the "Named officers" list offers, as labelled there. */
    public List<String> officersOffered() {
        return labels("plan:officers", false);
    }

    /** Saves the plan; the visit's page opens. */
    public VisitPage save() {
        click(driver, By.id("plan:save"));
        return VisitPage.await(driver);
    }

    /** Opens the check-box menu as a user would, reads its items' labels (only the ticked ones if asked), closes it. */
    private List<String> labels(String id, boolean tickedOnly) {
        click(driver, By.cssSelector("[id='" + id + "'] .ui-selectcheckboxmenu-trigger"));
        WebElement panel = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
        List<String> labels = panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                .filter(item -> !tickedOnly || item.getAttribute("class").contains("ui-selectcheckboxmenu-checked")
                        || !item.findElements(By.cssSelector(".ui-chkbox-box.ui-state-active")).isEmpty())
                .map(item -> item.getAttribute("textContent").trim()).toList(); // also items scrolled out of the list's view
        // Asked again until it is closed: a close asked while the opening animation runs is lost.
        waitFor(driver).until(d -> {
            ((JavascriptExecutor) d).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", id);
            return !panel.isDisplayed();
        });
        return labels;
    }
}
