package org.eyesandears.retention;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.RetentionPeriodsPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * An administrator on a phone changes the fire service's retention period from the keyboard: a
 * period out of range and a missing reason are explained, a valid change is confirmed and shown.
 * The period is put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPeriodsUiIT {

    private static final String FIRE = "Fire and rescue (fire protection)";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static int fireYears() throws Exception {
        return ApiClient.array(ApiClient.as("admin").get("/api/agencies")).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("FIRE")).findFirst().orElseThrow().getInt("retentionYears");
    }

    @Test
    void anAdministratorChangesAPeriodWithAReasonAndBadInputIsExplained() throws Exception {
        assertThat(fireYears()).isEqualTo(6);
        WebDriver admin = session.open(Browser.PHONE);
        HomePage.signIn(admin, Stack.appUrl(), "admin");
        try {
            RetentionPeriodsPage page = RetentionPeriodsPage.open(admin, Stack.appUrl());
            assertThat(page.current(FIRE)).isEqualTo("6");

            page.enter(FIRE, "0", "").saveWithKeyboard(FIRE);
            assertThat(page.messages()).contains(FIRE + ": Give a whole number of years from 1 to 100.",
                    FIRE + ": Say why the period changes (for the audit trail).");
            assertThat(fireYears()).as("nothing saved").isEqualTo(6);

            page.enter(FIRE, "8", "Board decision 15/2026").saveWithKeyboard(FIRE);
            assertThat(page.messages())
                    .contains(FIRE + ": referrals now come up for review 8 years after their last activity.");
            assertThat(page.current(FIRE)).isEqualTo("8");
            assertThat(fireYears()).isEqualTo(8);
            assertThat(Browser.cspViolations(admin)).isEmpty();
        } finally {
            assertThat(ApiClient.as("admin").put("/api/agencies/FIRE/retention",
                    "{\"years\": 6, \"reason\": \"Test over\"}").statusCode()).isEqualTo(200);
        }
    }
}
