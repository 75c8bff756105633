package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.DatasetImportPage;
import org.eyesandears.it.pages.HomePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

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
        String lastMonth = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusMonths(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Files.writeString(file, "Licence No,Premises Name,Street,Post Code,Status,Inspection date\n"
                + "L-1,Crown and Anchor,1 Quay Street," + pc + ",Review hearing," + lastMonth + "\n"
                + "L-2,,2 Quay Street," + pc + ",Licensed," + lastMonth + "\n"
                + "L-3,Ship Inn,3 Quay Street," + pc + ",Licensed," + lastMonth + "\n", StandardCharsets.UTF_8);

        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "analyst");
        // The analyst names the dataset first; choosing the file then keeps what was typed.
        DatasetImportPage page = DatasetImportPage.open(browser, Stack.appUrl()).newDataset("LICENSING", name).upload(file);
        assertThat(page.fileRead()).contains("6 columns");
        assertThat(page.newDatasetFields()).containsExactly("LICENSING", name);
        // Common headers are mapped for a new dataset's file; the analyst checks them and maps the rest.
        assertThat(List.of(page.mapped("id"), page.mapped("name"), page.mapped("postcode"), page.mapped("status"),
                page.mapped("date"), page.mapped("address")))
                .containsExactly("Licence No", "Premises Name", "Post Code", "Status", "Inspection date", "");
        page.map("address", "Street")
                .adverse("Review hearing, Revoked", 6)
                .preview();
        assertThat(page.previewSummary()).contains("2 rows can be imported; 1 cannot");
        assertThat(page.previewPanel()).contains("Crown and Anchor").contains("line 3: no name (id L-2)");

        page.startAndAwaitEnd();
        assertThat(page.jobStatus()).startsWith("COMPLETED").contains("2 added").contains("1 bad rows");

        // The dataset menu counts the records imported, without reloading the page.
        assertThat(page.datasets()).contains(name + " (2 records)");
        // The mapping was saved: choosing the dataset again offers it.
        assertThat(DatasetImportPage.open(browser, Stack.appUrl()).datasets()).contains(name);
        // The licence under review is of interest to Licensing; the licensed pub is not (ADR 0032).
        assertThat(ApiClient.array(ApiClient.as("coordinator").get("/api/businesses?postcode=" + pc.replace(" ", "")))
                .getValuesAs(JsonObject.class)).extracting(b -> b.getString("name") + ":" + b.getInt("agencies"))
                .containsExactlyInAnyOrder("Crown and Anchor:1", "Ship Inn:0");
    }
}
