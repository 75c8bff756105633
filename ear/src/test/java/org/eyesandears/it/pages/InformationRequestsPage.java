package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.choose;
import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A desk's information requests (triage/requests.xhtml): asking about a business, answering, rating. */
public final class InformationRequestsPage {

    private final WebDriver driver;

    private InformationRequestsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page to ask about a business, as the business page's link does. */
    public static InformationRequestsPage askAbout(WebDriver driver, String appUrl, long businessId) {
        driver.get(appUrl + "/triage/requests.xhtml?businessId=" + businessId);
        present(driver, By.id("ask:toAgency"));
        return new InformationRequestsPage(driver);
    }

    public static InformationRequestsPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/triage/requests.xhtml");
        present(driver, By.id("incoming"));
        return new InformationRequestsPage(driver);
    }

    /** The legend of the asking form, naming the business. */
    public String askingAbout() {
        return text(driver, By.cssSelector("#ask legend"));
    }

    public InformationRequestsPage ask(String agencyCode, String question) {
        choose(driver, "ask:toAgency", agencyCode);
        driver.findElement(By.id("ask:question")).sendKeys(question);
        click(driver, By.id("ask:send"));
        return this;
    }

    /** The page's messages (confirmations and refusals). */
    public String messages() {
        return text(driver, By.id("messages"));
    }

    /** The text of the request sections asked of the reader's agency. */
    public List<String> incoming() {
        return driver.findElements(By.cssSelector("#incoming .request")).stream().map(WebElement::getText).toList();
    }

    /** The text of the request sections the reader's agency asked. */
    public List<String> outgoing() {
        return driver.findElements(By.cssSelector("#outgoing .request")).stream().map(WebElement::getText).toList();
    }

    /** Answers the open request whose question contains {@code question}. */
    public InformationRequestsPage answer(String question, String answer) {
        WebElement section = driver.findElements(By.cssSelector("#incoming .request")).stream()
                .filter(s -> s.getText().contains(question)).findFirst().orElseThrow();
        section.findElement(By.tagName("textarea")).sendKeys(answer);
        click(driver, By.id(section.findElement(By.cssSelector("button[id$='sendAnswer']")).getAttribute("id")));
        return this;
    }
}
