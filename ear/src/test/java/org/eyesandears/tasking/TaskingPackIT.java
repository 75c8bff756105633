package org.eyesandears.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Stack;
import org.eyesandears.it.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * The weekly tasking pack (issue 16): each reader's pack holds only what they may see, on the page,
 * as a PDF marked and numbered on every page, and as a digest e-mail of counts.
 */
@ExtendWith(ArquillianExtension.class)
class TaskingPackIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @BeforeAll
    static void readersHaveSignedInOnce() throws Exception {
        for (String user : List.of("desk.immigration", "desk.fire", "coordinator", "manager.fire")) {
            assertThat(ApiClient.as(user).get("/api/me").statusCode()).isEqualTo(200);
        }
    }

    private static String urgentReferralToImmigration() throws Exception {
        return ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Tasking Takeaway", "addressLine1": "4 Dunstable Road", "postcode": "LU1 1EA"},
                 "visitDate": "%s", "indicatorCodes": ["IMM_WORKERS_LIVING"], "observation": "Workers sleeping in the cellar.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "URGENT"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London"))))).getString("reference");
    }

    @Test
    void aDesksPackHoldsItsAgencysUrgentRoutingsAndNoOtherAgencysAndPrintsMarkedAndNumbered() throws Exception {
        String reference = urgentReferralToImmigration();

        JsonObject immigration = ApiClient.object(ApiClient.as("desk.immigration").get("/api/tasking-pack"));
        assertThat(immigration.getJsonArray("urgent").getValuesAs(JsonObject.class))
                .anyMatch(i -> i.getString("reference").equals(reference));
        assertThat(ApiClient.as("desk.fire").get("/api/tasking-pack").body()).doesNotContain(reference);
        JsonObject coordinator = ApiClient.object(ApiClient.as("coordinator").get("/api/tasking-pack"));
        assertThat(coordinator.getJsonArray("urgent")).as("routings are the desks' work").isEmpty();
        assertThat(ApiClient.as("officer.food").get("/api/tasking-pack").statusCode()).isEqualTo(403);

        HttpResponse<byte[]> pdf = ApiClient.as("desk.immigration").download("/api/tasking-pack.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Weekly tasking pack: Home Office Immigration Enforcement", reference,
                    "Urgent routings not yet closed");
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(doc)).contains("OFFICIAL-SENSITIVE", "Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void theDigestGivesEachReaderCountsOfTheirOwnAgencysWorkAndALinkButNoDetail() throws Exception {
        urgentReferralToImmigration();
        assertThat(ApiClient.as("desk.immigration").post("/api/admin/tasking-digest", "{}").statusCode())
                .isEqualTo(403);

        HttpResponse<String> sent = ApiClient.as("admin").post("/api/admin/tasking-digest", "{}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(ApiClient.object(sent).getInt("sent")).isPositive();

        MimeMessage mail = Eventually.until("the digest for Immigration's desk", Duration.ofSeconds(15),
                () -> Arrays.stream(TestStack.mail().getReceivedMessages())
                        .filter(m -> to(m, "desk.immigration@example.org")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).containsPattern("[1-9][0-9]* urgent routing\\(s\\) to your agency not yet closed")
                .contains(Stack.appUrl() + "/tasking/pack.xhtml")
                .doesNotContain("Tasking Takeaway", "cellar");
        MimeMessage coordinator = Eventually.until("the digest for the coordinator", Duration.ofSeconds(15),
                () -> Arrays.stream(TestStack.mail().getReceivedMessages())
                        .filter(m -> to(m, "coordinator@example.org")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(GreenMailUtil.getBody(coordinator)).as("routings are the desks' work")
                .doesNotContain("urgent routing").contains("visit(s) in the next fortnight");
    }

    /** A digest to the address (only this test sends digests; GreenMail lists mail by mailbox, not by time). */
    private static boolean to(MimeMessage m, String address) {
        try {
            return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)
                    && m.getSubject().contains("weekly tasking pack");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
