package org.eyesandears.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.ReportListPage;
import org.eyesandears.it.pages.RetentionQueuePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The retention review in a browser: a manager of the owning agency keeps one referral with a
 * reason and the next review date, erases another, and finds it labelled as erased where
 * referrals are listed.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionUiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The day the two referrals are backdated to, so the drill-down lists just them. */
    private static final String LONG_AGO = "2017-06-14";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void aManagerKeepsOneReferralErasesAnotherAndSeesItLabelledErased() throws Exception {
        String kept = dueReferral("Kept Kebab House");
        String erased = dueReferral("Erased Ironmongers");
        LocalDate today = LocalDate.now(LONDON);
        LocalDate nextReview = today.plusYears(2);

        WebDriver manager = session.open(Browser.PHONE);
        HomePage.signIn(manager, Stack.appUrl(), "manager");
        RetentionQueuePage queue = RetentionQueuePage.open(manager, Stack.appUrl());
        assertThat(queue.queue()).contains(kept).contains(erased);

        queue.decide(kept).reason("Linked to an open prosecution file").keep();
        assertThat(queue.messages()).contains("Give the date of the next review.");
        queue.nextReview(nextReview).keep();
        assertThat(queue.messages()).contains("Referral " + kept + " kept; next review on " + nextReview + ".");
        assertThat(queue.queue()).doesNotContain(kept).contains(erased);

        queue.decide(erased).reason("Retention period over; no agency is acting on it").erase();
        assertThat(queue.messages()).contains("Referral " + erased + " erased.");
        assertThat(queue.queue()).doesNotContain(erased);

        ReportListPage sent = ReportListPage.openRoutings(manager, Stack.appUrl(),
                "kind=SENT&agency=FOOD&from=" + LONG_AGO + "&to=" + LONG_AGO);
        String label = "Erased on " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)) + " after review";
        assertThat(sent.referralCell(erased)).contains(label);
        assertThat(sent.referralCell(kept)).doesNotContain("Erased");
        assertThat(Browser.cspViolations(manager)).isEmpty();
    }

    /** A FOOD referral whose last activity was years ago, marked due for review. */
    private static String dueReferral(String name) throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s %s", "addressLine1": "8 Old Road", "postcode": "LU3 1AA"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_EXITS_BLOCKED"], "observation": "Rear exit locked.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(name, UUID.randomUUID().toString().substring(0, 6), LocalDate.now(LONDON)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = ApiClient.object(response).getString("reference");
        Timestamp then = Timestamp.from(Instant.parse(LONG_AGO + "T10:00:00Z"));
        try (Connection db = Database.connect()) {
            try (var st = db.prepareStatement("UPDATE referral SET submitted_at = ? WHERE reference = ?")) {
                st.setTimestamp(1, then);
                st.setString(2, reference);
                assertThat(st.executeUpdate()).isEqualTo(1);
            }
            try (var st = db.prepareStatement("UPDATE routing SET created_at = ?, changed_at = NULL,"
                    + " first_decision_at = NULL, feedback_at = NULL"
                    + " WHERE referral_id = (SELECT id FROM referral WHERE reference = ?)")) {
                st.setTimestamp(1, then);
                st.setString(2, reference);
                assertThat(st.executeUpdate()).isPositive();
            }
        }
        HttpResponse<String> marked = ApiClient.as("manager").post("/api/retention/mark-due", "{}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        return reference;
    }
}
