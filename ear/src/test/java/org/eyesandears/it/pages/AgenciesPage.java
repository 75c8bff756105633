package org.eyesandears.it.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrators' agencies page (admin/agencies.xhtml): agencies, and for the one chosen its
 * contact points and powers. Rows are found by their buttons' accessible names.
 */
public final class AgenciesPage {

    private final WebDriver driver;

    private AgenciesPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AgenciesPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/admin/agencies.xhtml");
        Elements.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("agencies:rows")));
        return new AgenciesPage(driver);
    }

    /** The agency names the table lists. */
    public List<String> agencyNames() {
        return driver.findElements(By.cssSelector(".agency-name")).stream().map(WebElement::getText).toList();
    }

    /** The short name shown for an agency, by code. */
    public String shortName(String code) {
        WebElement name = driver.findElement(By.cssSelector(".agency-name[data-code='" + code + "']"));
        return name.findElement(By.xpath("ancestor::tr//span[contains(@class,'agency-short')]")).getText();
    }

    /** Presses a button by what a screen reader announces, e.g. "Contacts and powers of Police". */
    public AgenciesPage press(String ariaLabel) {
        return click(By.cssSelector("button[aria-label='" + ariaLabel + "']"));
    }

    public AgenciesPage addContact() {
        return click(By.id("details:addContact"));
    }

    /** The contact points listed for the agency chosen. */
    public List<String> contacts() {
        return driver.findElements(By.cssSelector("#details\\:contacts_data tr")).stream().map(WebElement::getText)
                .toList();
    }

    /** The powers listed for the agency chosen. */
    public List<String> powers() {
        return driver.findElements(By.cssSelector("#details\\:powers_data tr")).stream().map(WebElement::getText)
                .toList();
    }

    /** Types into a field of the open form; form is agencyForm, contactForm or powerForm. */
    public AgenciesPage type(String form, String field, String text) {
        WebElement input = Elements.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":" + field)));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public AgenciesPage save(String form) {
        return click(By.id(form + ":save"));
    }

    /** The text of a form, with its field messages. */
    public String form(String form) {
        return driver.findElement(By.id(form)).getText();
    }

    /** The message shown beside one field of a form. */
    public String fieldMessage(String form, String field) {
        return driver.findElement(By.id(form + ":" + field)).findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"))
                .findElement(By.cssSelector(".ui-message")).getText();
    }

    public String messages() {
        return Elements.messages(driver);
    }

    private AgenciesPage click(By by) {
        Elements.click(driver, by);
        return this;
    }

}
