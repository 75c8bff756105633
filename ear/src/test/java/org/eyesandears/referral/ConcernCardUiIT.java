package org.eyesandears.referral;

import static org.assertj.core.api.Assertions.assertThat;


import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.ConcernCardPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.MyReferralsPage;
import org.eyesandears.it.pages.ReferralDetailPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The concern card on a phone: fill, submit, see where it went, find it in My referrals. */
@ExtendWith(ArquillianExtension.class)
class ConcernCardUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void anOfficerLogsAConcernOnAPhoneAndFindsItInMyReferrals() throws Exception {
        java.nio.file.Path photo = java.nio.file.Files.createTempDirectory("card").resolve("store-room.png");
        java.nio.file.Files.write(photo, PNG);
        WebDriver browser = session.open(Browser.PHONE);
        HomePage.signIn(browser, Stack.appUrl(), "officer.food");

        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Golden Wok", "3 Market Street", "Luton", "lu2 7bb")
                .tick("IMM_WORKERS_LIVING").tick("FIRE_EXITS_BLOCKED").tick("HMRC_TWO_TILLS")
                .observe("Six mattresses in the first-floor store room.\nRear exit chained shut during service.")
                .grade(0, 0)
                .attach(photo);
        card.submit();

        String heading = card.confirmationHeading();
        assertThat(heading).matches("Sent: EE-\\d{4}-\\d{6}");
        assertThat(card.sentTo()).containsExactlyInAnyOrder("Home Office Immigration Enforcement",
                "Housing (HMOs)", "Fire and rescue (fire protection)", "HMRC (tax and national minimum wage)");

        String reference = heading.substring("Sent: ".length());
        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement(
                "SELECT compose_seconds FROM referral WHERE reference = ?")) {
            st.setString(1, reference);
            var rs = st.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("seconds from opening the card to sending it, counted by the browser (ADR 0035)")
                    .isPositive().isLessThan(600);
        }
        MyReferralsPage mine = MyReferralsPage.open(browser, Stack.appUrl()).awaitReferral(reference);
        assertThat(mine.referrals())
                .contains("Golden Wok").contains("Home Office Immigration Enforcement: received, not yet looked at");

        ReferralDetailPage detail = mine.openReferral(reference);
        assertThat(detail.business()).contains("Golden Wok").contains("LU2 7BB");
        assertThat(detail.indicators()).contains("Two tills (one for undeclared trade)");

        String download = detail.attachmentLink("store-room.png");
        String path = java.net.URI.create(download).getPath();
        java.net.http.HttpResponse<byte[]> routedDesk = ApiClient.as("desk.hmrc").download(path);
        java.net.http.HttpResponse<byte[]> otherOfficer = ApiClient.as("officer.fire").download(path);
        assertThat(routedDesk.statusCode()).isEqualTo(200);
        assertThat(routedDesk.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(routedDesk.body()).as("the photo exactly as uploaded").isEqualTo(PNG);
        assertThat(otherOfficer.statusCode()).as("an officer of another agency").isEqualTo(404);
    }

    @Test
    void aFileThatIsNotReallyAPictureIsRefused() throws Exception {
        java.nio.file.Path fake = java.nio.file.Files.createTempDirectory("card").resolve("photo.png");
        java.nio.file.Files.writeString(fake, "<html><script>alert(1)</script></html>");
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "officer.food");
        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl());

        assertThat(card.attachRefused(fake)).contains("photo.png is not a JPEG, PNG or PDF file.");
        assertThat(card.attachedFiles()).isEmpty();
    }

    @Test
    void aHalfFilledCardSurvivesAClosedBrowser() throws Exception {
        WebDriver browser = session.open(Browser.PHONE);
        HomePage.signIn(browser, Stack.appUrl(), "officer.fire");
        ConcernCardPage.open(browser, Stack.appUrl())
                .tick("DC_PESTS")
                .observe("Droppings along the kitchen skirting; back door propped open.")
                .awaitDraftSaved();
        browser.quit();

        WebDriver again = session.open(Browser.PHONE);
        HomePage.signIn(again, Stack.appUrl(), "officer.fire");
        ConcernCardPage restored = ConcernCardPage.openKeepingDraft(again, Stack.appUrl());

        assertThat(restored.restoredNotice()).contains("We restored the card you had not sent");
        assertThat(restored.observation()).isEqualTo("Droppings along the kitchen skirting; back door propped open.");
        assertThat(restored.isTicked("DC_PESTS")).isTrue();

        assertThat(restored.discardDraft().observation()).as("discarded").isEmpty();
    }

    /** A real 1x1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void theTypeAheadFindsARegisteredBusinessByWordsInAnyOrder() throws Exception {
        WebDriver browser = session.open(Browser.PHONE);
        HomePage.signIn(browser, Stack.appUrl(), "officer.fire");
        ConcernCardPage first = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Castle Kebab House", "9 Castle Street", "Luton", "LU1 3AJ")
                .tick("DC_PESTS").observe("Bins overflowing in the yard.").grade(0, 0);
        first.submit();
        first.confirmationHeading();

        ConcernCardPage second = ConcernCardPage.open(browser, Stack.appUrl())
                .chooseBusiness("STREET, castle lu13aj", "Castle Kebab House")
                .tick("FIRE_EXITS_BLOCKED").observe("Fire door wedged open.").grade(0, 0);
        second.submit();

        assertThat(second.confirmationHeading()).startsWith("Sent: EE-");
        assertThat(second.confirmation()).contains("Your concern about Castle Kebab House went to");
    }

    @Test
    void aCardWithoutAnySignOrObservationIsExplainedNotSent() throws Exception {
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "officer.fire");

        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Pizza Place", "1 High Street", "Luton", "LU1 1AA")
                .grade(1, 2);
        card.submit();

        assertThat(card.errorMessages()).contains("Describe what you saw.",
                "Tick at least one indicator, or describe another concern and choose the agency for it.");
        assertThat(card.isSent()).isFalse();
    }

    @Test
    void anOfficerSignedOutWhileSendingIsToldAndLosesNothing() throws Exception {
        WebDriver browser = session.open(Browser.PHONE);
        HomePage.signIn(browser, Stack.appUrl(), "officer.food");
        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Lantern Takeaway", "5 George Street", "Luton", "LU1 2AF")
                .tick("DC_PESTS").observe("Mouse droppings by the fryer.").grade(0, 0);
        // The session ends on the server's side (as after 30 idle minutes): the browser's cookie no longer names one.
        browser.manage().deleteCookieNamed("JSESSIONID");
        card.observe("Mouse droppings by the fryer. Back door propped open.");

        String notice = card.submitSignedOut();

        assertThat(notice).contains("You have been signed out", "nothing was sent", "draft it last saved");
        assertThat(card.isSent()).isFalse();
    }

    @Test
    void anObservationOver4000CharactersIsCountedAndRefusedNotCut() throws Exception {
        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "officer.fire");
        String observation = "Seen from the yard: ".concat("y".repeat(3982)); // 4,002 characters
        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl())
                .newPremises("Verbose Vinyl", "7 Long Lane", "Luton", "LU1 3BB")
                .tick("FIRE_EXITS_BLOCKED").paste(observation).grade(0, 0);

        assertThat(card.observationCount()).isEqualTo("You have 2 characters too many");
        card.submit();

        assertThat(card.isSent()).isFalse();
        assertThat(card.errorMessages()).contains("At most 4000 characters (now 4002).");
        assertThat(card.observation()).as("nothing cut").isEqualTo(observation);
    }
}
