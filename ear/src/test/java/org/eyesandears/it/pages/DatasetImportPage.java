package org.eyesandears.it.pages;

import static org.eyesandears.it.pages.Elements.click;
import static org.eyesandears.it.pages.Elements.present;
import static org.eyesandears.it.pages.Elements.text;
import static org.eyesandears.it.pages.Elements.waitFor;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An analyst's import of a dataset file (business/import.xhtml): upload, map columns, preview, import, follow. */
public final class DatasetImportPage {

    private final WebDriver driver;

    private DatasetImportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static DatasetImportPage open(WebDriver driver, String appUrl) {
        driver.get(appUrl + "/business/import.xhtml");
        present(driver, By.id("importForm:dataset"));
        return new DatasetImportPage(driver);
    }

    /** Uploads a file and waits until the page says how many columns it read. */
    public DatasetImportPage upload(Path file) {
        driver.findElement(By.cssSelector("#importForm\\:file input[type=file]")).sendKeys(file.toString());
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileRead"), "columns"));
        return this;
    }

    /** What the page says it read from the file ("Read x.csv: 4 columns."). */
    public String fileRead() {
        return text(driver, By.id("fileRead"));
    }

    /** Names a new dataset of an agency (by code) for the file. */
    public DatasetImportPage newDataset(String agency, String name) {
        new Select(driver.findElement(By.id("importForm:agency"))).selectByValue(agency);
        driver.findElement(By.id("importForm:name")).sendKeys(name);
        return this;
    }

    /** The new dataset's agency code and name as the form holds them now. */
    public List<String> newDatasetFields() {
        return List.of(new Select(driver.findElement(By.id("importForm:agency"))).getFirstSelectedOption()
                .getAttribute("value"), driver.findElement(By.id("importForm:name")).getAttribute("value"));
    }

    /** Maps a field of the register (id, name, address, postcode ...) to a column of the file. */
    public DatasetImportPage map(String field, String column) {
        new Select(driver.findElement(By.cssSelector("select[data-field='" + field + "']"))).selectByValue(column);
        return this;
    }

    /** The column the form maps a field to now ("" when none), as the page filled it in or the analyst chose. */
    public String mapped(String field) {
        return new Select(driver.findElement(By.cssSelector("select[data-field='" + field + "']")))
                .getFirstSelectedOption().getAttribute("value");
    }

    /** The agency's rule for adverse records: the adverse values and how many months they count. */
    public DatasetImportPage adverse(String values, int months) {
        driver.findElement(By.id("importForm:adverseValues")).clear();
        driver.findElement(By.id("importForm:adverseValues")).sendKeys(values);
        driver.findElement(By.id("importForm:adverseMonths")).clear();
        driver.findElement(By.id("importForm:adverseMonths")).sendKeys(String.valueOf(months));
        return this;
    }

    public DatasetImportPage preview() {
        click(driver, By.id("importForm:preview"));
        present(driver, By.id("previewSummary"));
        return this;
    }

    /** The preview's one-line count of rows that can and cannot be imported. */
    public String previewSummary() {
        return text(driver, By.id("previewSummary"));
    }

    /** The whole preview: sample rows and the lines that cannot be imported, with why. */
    public String previewPanel() {
        return text(driver, By.id("importForm:previewPanel"));
    }

    /** Starts the import and waits until it has ended (the page polls its progress). */
    public DatasetImportPage startAndAwaitEnd() {
        click(driver, By.id("importForm:start"));
        waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> List.of("COMPLETED", "FAILED", "CANCELLED").stream()
                .anyMatch(end -> d.findElements(By.id("jobStatus")).stream()
                        .anyMatch(e -> e.getText().startsWith(end))));
        return this;
    }

    /** The import's status line ("COMPLETED: 3 of 3 rows ..."). */
    public String jobStatus() {
        return text(driver, By.id("jobStatus"));
    }

    /** The text of the dataset menu (the datasets offered for another import). */
    public String datasets() {
        return text(driver, By.id("importForm:dataset"));
    }
}
