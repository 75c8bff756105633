package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        Files.writeString(file, "Licence No,Premises Name,Street,Post Code\n"
                + "L-1,Crown and Anchor,1 Quay Street," + pc + "\n"
                + "L-2,,2 Quay Street," + pc + "\n"
                + "L-3,Ship Inn,3 Quay Street," + pc + "\n", StandardCharsets.UTF_8);

        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "analyst");
        DatasetImportPage page = DatasetImportPage.open(browser, Stack.appUrl()).upload(file);
        assertThat(page.fileRead()).contains("4 columns");
        page.newDataset("LICENSING", name)
                .map("id", "Licence No")
                .map("name", "Premises Name")
                .map("address", "Street")
                .map("postcode", "Post Code")
                .preview();
        assertThat(page.previewSummary()).contains("2 rows can be imported; 1 cannot");
        assertThat(page.previewPanel()).contains("Crown and Anchor").contains("line 3: no name (id L-2)");

        page.startAndAwaitEnd();
        assertThat(page.jobStatus()).startsWith("COMPLETED").contains("2 added").contains("1 bad rows");

        // The mapping was saved: choosing the dataset again offers it.
        assertThat(DatasetImportPage.open(browser, Stack.appUrl()).datasets()).contains(name);
    }
}
