package org.eyesandears.it.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shared events calendar (visit/calendar.xhtml): month grid, dragging a visit, the clash dialog. */
public final class VisitCalendarPage {

    private final WebDriver driver;

    private VisitCalendarPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the calendar on the month of {@code day}. */
    public static VisitCalendarPage open(WebDriver driver, String appUrl, LocalDate day) {
        driver.get(appUrl + "/visit/calendar.xhtml");
        VisitCalendarPage page = new VisitCalendarPage(driver);
        LocalDate shown = LocalDate.now(java.time.ZoneId.of("Europe/London")).withDayOfMonth(1);
        while (shown.isBefore(day.withDayOfMonth(1))) {
            page.waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fc-next-button"))).click();
            shown = shown.plusMonths(1);
        }
        page.waitFor().until(ExpectedConditions.presenceOfElementLocated(dayCell(day)));
        return page;
    }

    private static By dayCell(LocalDate day) {
        return By.cssSelector("td.fc-daygrid-day[data-date='" + day + "']");
    }

    /** The visit shown with this text, waiting for the calendar to load it. */
    public WebElement visit(String text) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//a[contains(@class,'fc-event')][contains(normalize-space(.), \"" + text + "\")]")));
    }

    /** The date of the day cell that holds the visit with this text. */
    public LocalDate dayOf(String text) {
        WebElement cell = visit(text).findElement(By.xpath("./ancestor::td[@data-date]"));
        return LocalDate.parse(cell.getAttribute("data-date"));
    }

    /** Waits until the visit with this text is shown on {@code day} (the calendar reloads after a move). */
    public boolean isShownOn(String text, LocalDate day) {
        return waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.xpath("//td[@data-date='" + day + "']//a[contains(@class,'fc-event')]"
                        + "[contains(normalize-space(.), \"" + text + "\")]")).size() == 1);
    }

    /** Drags the visit to another day with a real pointer, in small steps as a person would. */
    public void drag(String text, LocalDate to) {
        WebElement event = visit(text);
        WebElement target = driver.findElement(dayCell(to));
        int dx = target.getRect().getX() + target.getRect().getWidth() / 2
                - (event.getRect().getX() + event.getRect().getWidth() / 2);
        int dy = target.getRect().getY() + target.getRect().getHeight() / 2
                - (event.getRect().getY() + event.getRect().getHeight() / 2);
        Actions actions = new Actions(driver).clickAndHold(event).pause(Duration.ofMillis(300));
        int steps = 10;
        for (int i = 0; i < steps; i++) {
            actions.moveByOffset(dx / steps, dy / steps).pause(Duration.ofMillis(40));
        }
        actions.moveByOffset(dx % steps, dy % steps).pause(Duration.ofMillis(200)).release().perform();
    }

    /** The clash warnings in the dialog that a clashing move opens. */
    public List<String> clashWarnings() {
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("clashDialog")));
        return driver.findElements(By.cssSelector("#clashList .clash")).stream().map(WebElement::getText).toList();
    }

    /** Goes ahead with the move, giving the reason. */
    public void moveAnyway(String reason) {
        driver.findElement(By.id("clashForm:overrideReason")).sendKeys(reason);
        driver.findElement(By.id("clashForm:moveAnyway")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("clashDialog")));
        Ajax.settle(driver);
    }

    /** Clicks an empty part of a day, as a planner does to plan a visit on it; the plan form opens. */
    public VisitPlanPage planOn(LocalDate day) {
        WebElement frame = driver.findElement(By.cssSelector("td.fc-daygrid-day[data-date='" + day + "'] .fc-daygrid-day-frame"));
        int below = frame.getRect().getHeight() / 2 - 4;
        new Actions(driver).moveToElement(frame, 0, below).click().perform();
        return VisitPlanPage.await(driver);
    }

    /** The page's messages, as the template shows them. */
    public String messages() {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("messages"))).getText();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }
}
