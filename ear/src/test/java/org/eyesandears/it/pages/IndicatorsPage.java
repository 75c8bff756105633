package org.eyesandears.it.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' golden indicators page (admin/indicators.xhtml). */
public final class IndicatorsPage {

    private final WebDriver driver;

    private IndicatorsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static IndicatorsPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/admin/indicators.xhtml");
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("indicators:rows")));
        return new IndicatorsPage(driver);
    }

    /** The text of an indicator's row, found by its code. */
    public String row(String code) {
        return driver.findElement(By.cssSelector(".indicator-wording[data-code='" + code + "']"))
                .findElement(By.xpath("ancestor::tr[1]")).getText();
    }

    /** Presses a row's button by its accessible name, e.g. "Edit the indicator Two tills ...". */
    public IndicatorsPage press(String ariaLabel) {
        return click(By.cssSelector("button[aria-label='" + ariaLabel + "']"));
    }

    public IndicatorsPage type(String field, String text) {
        WebElement input = Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator:" + field)));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public IndicatorsPage save() {
        return click(By.id("indicator:save"));
    }

    /** The text of the indicator form, with its field messages. */
    public String form() {
        return driver.findElement(By.id("indicator")).getText();
    }

    /** The wordings the history table lists, newest first: "version wording". */
    public List<String> history() {
        return Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("historyTable")))
                .findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(0).getText() + " "
                        + tr.findElements(By.tagName("td")).get(1).getText())
                .toList();
    }

    public String messages() {
        return Elements.messages(driver);
    }

    private IndicatorsPage click(By by) {
        Elements.click(driver, by);
        return this;
    }

}
