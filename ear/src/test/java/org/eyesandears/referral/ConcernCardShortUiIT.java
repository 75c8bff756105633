package org.eyesandears.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.ConcernCardPage;
import org.eyesandears.it.pages.HomePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The concern card's common case kept short on a phone (issue 15, items 3, 4, 15 and 16): how tall the
 * card is and how many taps and keystrokes a typical concern takes, the confirmation that replaces
 * the card, and the error summary.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernCardShortUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    /**
     * A typical concern: a business the officer referred before, two signs, two sentences, graded as
     * seen by the officer, routine. Prints the figures docs/referrals.md records.
     */
    @Test
    void aTypicalConcernOnAPhone() throws Exception {
        String name = "Quokka Grill " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> earlier = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "4 Quokka Yard", "town": "Luton",
                                 "postcode": "LU2 7AB"},
                 "visitDate": "%s", "indicatorCodes": ["DC_PESTS"], "observation": "Droppings by the fryer.",
                 "people": [], "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"},
                 "urgency": "ROUTINE"}
                """.formatted(name, LocalDate.now(java.time.ZoneId.of("Europe/London"))));
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(201);

        WebDriver browser = session.open(Browser.PHONE);
        HomePage.signIn(browser, Stack.appUrl(), "officer.food");
        ConcernCardPage card = ConcernCardPage.open(browser, Stack.appUrl());
        long height = card.pageHeight();
        long header = card.headerHeight();

        card.startCounting()
                .chooseBusiness("quok", name)
                .tick("FIRE_EXITS_BLOCKED").tick("DC_SIGNS_OF_LIVING")
                .observe("Fire exit chained shut at 1pm. Mattresses and towels in the store room.")
                .grade(0, 0);
        card.submit();
        assertThat(card.confirmationHeading()).startsWith("Sent: EE-");
        ConcernCardPage.Usage usage = card.usage();

        System.out.printf("CARD-MEASURE height=%d px header=%d px taps=%d keystrokes=%d%n", height, header, usage.taps(), usage.keystrokes());
    }
}
