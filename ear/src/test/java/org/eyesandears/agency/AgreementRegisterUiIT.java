package org.eyesandears.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.AgreementRegisterPage;
import org.eyesandears.it.pages.ConcernCardPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.InboxPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The administrator's sharing agreements register in a browser, and what the agreements mean for
 * the people who use them: an ended agreement stops routing, and a desk sees a referral's handling
 * conditions in its inbox.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementRegisterUiIT {

    private static final String FOOD_TO_TS = "the agreement from Food safety and environmental health to Trading standards";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void anAdministratorEndsAnAgreementAndAnOfficersConcernIsRefusedNamingIt() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        WebDriver admin = session.open(Browser.PHONE);
        HomePage.signIn(admin, Stack.appUrl(), "admin");
        AgreementRegisterPage register = AgreementRegisterPage.open(admin, Stack.appUrl());
        assertThat(register.status("FOOD-TRADING_STD")).isEqualTo("In force");

        try {
            // A clear error beside the field that is wrong; nothing is saved.
            register.press("Edit " + FOOD_TO_TS);
            register.field("gateway").clear();
            register.save();
            assertThat(register.form()).contains("Give the legal gateway, e.g. Crime and Disorder Act 1998.");
            register.cancel();
            assertThat(register.status("FOOD-TRADING_STD")).isEqualTo("In force");

            register.press("End " + FOOD_TO_TS);
            assertThat(register.field("endsOn_input").getAttribute("value"))
                    .as("yesterday is suggested: it ends the agreement at once")
                    .isEqualTo("%02d/%02d/%d".formatted(yesterday.getDayOfMonth(), yesterday.getMonthValue(),
                            yesterday.getYear()));
            register.save();
            assertThat(register.status("FOOD-TRADING_STD")).isEqualTo("Ended");

            register.press("History of " + FOOD_TO_TS);
            assertThat(register.newestHistoryLine()).contains("admin").contains("Ended").contains("to " + yesterday);

            WebDriver officer = session.open(Browser.PHONE);
            HomePage.signIn(officer, Stack.appUrl(), "officer.food");
            ConcernCardPage card = ConcernCardPage.open(officer, Stack.appUrl())
                    .newPremises("Shell Company Supplies", "14 Guildford Street", "Luton", "LU1 2NR")
                    .tick("TS_EVASIVE_OWNERSHIP")
                    .observe("The owner would not say which company runs the shop.")
                    .grade(0, 0);
            card.submit();

            assertThat(card.errorMessages()).anyMatch(m -> m.contains("The sharing agreement from Food safety and"
                    + " environmental health to Trading standards (ISP-2024-01, Enterprise Act 2002 Part 9 s241) ended on "
                    + yesterday + ", so the referral cannot be routed to Trading standards."));
            assertThat(card.isSent()).isFalse();
            assertThat(Browser.cspViolations(admin)).isEmpty();
        } finally {
            reopen("FOOD", "TRADING_STD");
        }
    }

    @Test
    void anAdministratorWhoseEditCrossesAnotherChangeIsToldOnTheSamePage() throws Exception {
        WebDriver admin = session.open(Browser.LAPTOP);
        HomePage.signIn(admin, Stack.appUrl(), "admin");
        AgreementRegisterPage register = AgreementRegisterPage.open(admin, Stack.appUrl());
        register.press("Edit " + FOOD_TO_TS);
        register.field("gatewayReference").clear();
        register.field("gatewayReference").sendKeys("ISP-2024-01 rev A");

        String original = agreement("FOOD", "TRADING_STD").getString("gatewayReference");
        try {
            // Another administrator changes the same agreement meanwhile, through the API.
            change("FOOD", "TRADING_STD", "ISP-2024-01 rev B");

            register.save();
            assertThat(register.messages())
                    .contains("Someone else changed this while you were working on it. Nothing was saved");
            assertThat(register.formOpen()).as("the register shows the agreement as it is now").isFalse();
            assertThat(register.status("FOOD-TRADING_STD")).isEqualTo("In force");
            assertThat(agreement("FOOD", "TRADING_STD").getString("gatewayReference"))
                    .as("the other change stands").isEqualTo("ISP-2024-01 rev B");
        } finally {
            change("FOOD", "TRADING_STD", original);
        }
    }

    @Test
    void aDeskSeesTheHandlingConditionsOfACReferralInItsInbox() throws Exception {
        String conditions = "Do not contact the landlord: the source is a tenant.";
        HttpResponse<String> submitted = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Marked Inbox Takeaway", "addressLine1": "5 Chapel Street", "postcode": "LU1 2SE"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_EXITS_BLOCKED"], "observation": "Exit chained.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "C", "conditions": "%s"},
                 "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London")), conditions));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");

        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.fire");
        InboxPage inbox = InboxPage.open(desk, Stack.appUrl());
        assertThat(inbox.handlingNote(reference))
                .as("in words, not colour alone")
                .isEqualTo("Handling code C: share only under these conditions: " + conditions);
        long business = ApiClient.object(submitted).getJsonObject("business").getJsonNumber("id").longValue();
        assertThat(inbox.businessLink(reference)).as("the line leads to the business's page")
                .containsExactly("Marked Inbox Takeaway", Stack.appUrl() + "/business/business.xhtml?id=" + business);
    }

    private static JsonObject agreement(String from, String to) throws Exception {
        return ApiClient.array(ApiClient.as("admin").get("/api/agreements")).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("fromAgency").equals(from) && a.getString("toAgency").equals(to))
                .findFirst().orElseThrow();
    }

    /** Changes an agreement's gateway reference through the API, as another administrator would. */
    private static void change(String from, String to, String gatewayReference) throws Exception {
        JsonObject current = agreement(from, to);
        HttpResponse<String> changed = ApiClient.as("admin").put("/api/agreements/" + from + "/" + to,
                Json.createObjectBuilder(current).remove("inForce").add("gatewayReference", gatewayReference).build()
                        .toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    /** Puts the agreement back in force for the other tests, through the API. */
    private static void reopen(String from, String to) throws Exception {
        JsonObject current = agreement(from, to);
        HttpResponse<String> reopened = ApiClient.as("admin").put("/api/agreements/" + from + "/" + to,
                Json.createObjectBuilder(current).remove("inForce").addNull("endsOn").build().toString());
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
    }
}
