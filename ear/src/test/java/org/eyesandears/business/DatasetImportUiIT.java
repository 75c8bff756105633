package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An analyst imports a file in the browser, maps its columns, previews it and follows the import. */
@ExtendWith(ArquillianExtension.class)
class DatasetImportUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void anAnalystMapsPreviewsAndImportsAFile() throws Exception {
        String pc = LinkageFixtures.uniquePostcode();
        String name = LinkageFixtures.unique("Licensed premises");
        Path file = Files.createTempFile("licences", ".csv");
        Files.writeString(file, "Licence No,Premises Name,Street,Post Code\n"
                + "L-1,Crown and Anchor,1 Quay Street," + pc + "\n"
                + "L-2,,2 Quay Street," + pc + "\n"
                + "L-3,Ship Inn,3 Quay Street," + pc + "\n", StandardCharsets.UTF_8);

        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "analyst");
        browser.get(Stack.appUrl() + "/linkage/import.xhtml");
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:agency")));
        browser.findElement(By.cssSelector("#importForm\\:file input[type=file]")).sendKeys(file.toString());
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("fileRead"), "4 columns"));
        new Select(browser.findElement(By.id("importForm:agency"))).selectByValue("LICENSING");
        browser.findElement(By.id("importForm:name")).sendKeys(name);

        map(browser, "id", "Licence No");
        map(browser, "name", "Premises Name");
        map(browser, "address", "Street");
        map(browser, "postcode", "Post Code");
        click(browser, By.id("importForm:preview"));
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewSummary"),
                "2 rows can be imported; 1 cannot"));
        assertThat(browser.findElement(By.id("importForm:previewPanel")).getText())
                .contains("Crown and Anchor").contains("line 3: no name (id L-2)");

        click(browser, By.id("importForm:start"));
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobStatus"), "COMPLETED"));
        assertThat(browser.findElement(By.id("jobStatus")).getText()).contains("2 added").contains("1 bad rows");

        // The mapping was saved: choosing the dataset again offers it.
        browser.get(Stack.appUrl() + "/linkage/import.xhtml");
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:dataset")));
        assertThat(browser.findElement(By.id("importForm:dataset")).getText()).contains(name);
    }

    private static void map(WebDriver browser, String field, String column) {
        WebElement select = browser.findElement(By.cssSelector("select[data-field='" + field + "']"));
        new Select(select).selectByValue(column);
    }

    private static void click(WebDriver driver, By by) {
        WebElement element = wait(driver).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
