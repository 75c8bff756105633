package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.business.LinkageFixtures.FHRS_HEADER;
import static org.eyesandears.business.LinkageFixtures.FHRS_MAP;
import static org.eyesandears.business.LinkageFixtures.FIRE_HEADER;
import static org.eyesandears.business.LinkageFixtures.FIRE_MAP;

import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.ReviewQueuePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** An analyst reviews a candidate pair in a browser: both records side by side, the waterfall, the decision. */
@ExtendWith(ArquillianExtension.class)
class ReviewQueueUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void anAnalystSeesAPairWithItsExplanationAndLinksIt() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        String pc = LinkageFixtures.uniquePostcode();
        String road = LinkageFixtures.uniqueRoad();
        String phone = LinkageFixtures.uniquePhone();
        String fireDataset = LinkageFixtures.unique("Fire inspections");
        long food = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), FHRS_MAP);
        long fire = LinkageFixtures.dataset(analyst, "FIRE", fireDataset, FIRE_MAP);
        LinkageFixtures.importAndWait(analyst, food, FHRS_HEADER + "F9,Kebab Palace,22 " + road + " Street,,Luton," + pc + "," + phone + "\n");
        JsonObject imported = LinkageFixtures.importAndWait(analyst, fire, FIRE_HEADER
                // Same name and phone, another house number: neither sure nor unlikely.
                + "R-900,Kebab Palace,24 " + road + " Street," + pc + "," + phone + "\n");
        assertThat(imported.getInt("sentToReview")).isEqualTo(1);

        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "analyst");
        ReviewQueuePage queue = ReviewQueuePage.open(browser, Stack.appUrl()).show(fireDataset);

        assertThat(queue.recordHeading()).contains(fireDataset).contains("R-900");
        assertThat(queue.candidateHeading()).contains("F9");
        assertThat(queue.records()).contains("22 " + road + " Street").contains("24 " + road + " Street")
                .as("each record's business by its name, not a number").contains("Business now Kebab Palace");
        assertThat(queue.summary()).startsWith("Match probability");
        assertThat(queue.waterfallCaption()).contains("Why the engine scored this pair");
        List<String> steps = queue.waterfall();
        assertThat(steps.get(0)).startsWith("prior").contains("Starting point");
        assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("address")
                .contains("same street but a different house or flat number"));
        assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("name").contains("same name"));

        queue.accept();

        assertThat(queue.messages()).contains("Linked: the two records are now one business.");
        assertThat(queue.queueMentions(fireDataset)).isFalse();
        List<JsonObject> found = ApiClient.array(analyst.get("/api/businesses?postcode=" + pc.replace(" ", "")))
                .getValuesAs(JsonObject.class);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getInt("records")).isEqualTo(2);

        queue.undoLastLink();
        assertThat(queue.messages()).contains("Link undone: Kebab Palace and Kebab Palace are separate businesses again.");
        assertThat(ApiClient.array(analyst.get("/api/businesses?postcode=" + pc.replace(" ", ""))).size())
                .as("the two records are two businesses again").isEqualTo(2);

        // The queue's first address, /linkage/review.xhtml, is in e-mails and bookmarks: it still leads there.
        ReviewQueuePage fromOldAddress = ReviewQueuePage.openAt(browser, Stack.appUrl() + "/linkage/review.xhtml?from=bookmark");
        assertThat(fromOldAddress.address()).endsWith("/business/review.xhtml?from=bookmark");
    }
}
