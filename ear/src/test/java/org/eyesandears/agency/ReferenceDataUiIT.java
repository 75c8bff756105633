package org.eyesandears.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.AgenciesPage;
import org.eyesandears.it.pages.AgreementRegisterPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.IndicatorsPage;
import org.eyesandears.it.pages.UsersPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The administrator's reference-data pages in a browser (issue 15 item 14, issue 16 deliverable 3):
 * agencies with their contact points and powers, indicators with their wording history, the
 * agreements register's filter, and roles on the users page. Whatever a test adds it takes off the
 * card again, and an agreement it ends it puts back in force.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataUiIT {

    private static final String FIRE = "Fire and rescue (fire protection)";

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private WebDriver admin() throws Exception {
        WebDriver admin = session.open(Browser.LAPTOP);
        HomePage.signIn(admin, Stack.appUrl(), "admin");
        return admin;
    }

    @Test
    void anAdministratorFindsAnAgencysContactsAndPowersAndAddsAContactAfterFixingTheAddress() throws Exception {
        AgenciesPage page = AgenciesPage.open(admin(), Stack.appUrl());
        assertThat(page.agencyNames()).hasSizeGreaterThanOrEqualTo(12).contains(FIRE, "Insolvency Service", "Police");
        assertThat(page.shortName("TRADING_STD")).isEqualTo("Trading Standards");

        page.press("Contacts and powers of " + FIRE);
        assertThat(page.contacts()).anyMatch(c -> c.contains("Fire protection hub") && c.contains("01632 960141"));
        assertThat(page.powers()).anyMatch(p -> p.contains("Prohibition notice")
                && p.contains("Regulatory Reform (Fire Safety) Order 2005 article 31"));

        String area = "Leighton Buzzard " + UUID.randomUUID().toString().substring(0, 6);
        page.addContact()
                .type("contactForm", "name", "Out-of-hours fire protection")
                .type("contactForm", "email", "not an address")
                .type("contactForm", "area", area)
                .save("contactForm");
        assertThat(page.fieldMessage("contactForm", "email")).contains("Give an e-mail address like team@agency.gov.uk.");
        assertThat(page.contacts()).noneMatch(c -> c.contains(area));

        page.type("contactForm", "email", "ooh.protection@bedsfire.example.gov.uk").save("contactForm");
        assertThat(page.messages()).contains("The contact point Out-of-hours fire protection (" + area + ") is saved.");
        assertThat(page.contacts()).anyMatch(c -> c.contains(area) && c.contains("ooh.protection@bedsfire.example.gov.uk"));

        JsonObject added = ApiClient.array(ApiClient.as("admin").get("/api/contacts")).getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("area").equals(area)).findFirst().orElseThrow();
        HttpResponse<String> retired = ApiClient.as("admin").put("/api/contacts/" + added.getJsonNumber("id"),
                Json.createObjectBuilder(added).add("agency", "FIRE").add("active", false)
                        .add("expectedVersion", added.getJsonNumber("version")).build().toString());
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
    }

    @Test
    void anAdministratorRewordsAnIndicatorAndSeesEveryWordingItHasHad() throws Exception {
        String code = "UI_WORDING_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String before = "Cash wages handed out in the car park " + code;
        String after = "Wages paid in cash away from the premises " + code;
        HttpResponse<String> created = ApiClient.as("admin").post("/api/indicators", """
                {"code": "%s", "concernArea": "HMRC", "wording": "%s", "displayOrder": 50,
                 "receivingAgencies": ["HMRC"]}
                """.formatted(code, before));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            IndicatorsPage page = IndicatorsPage.open(admin(), Stack.appUrl());
            assertThat(page.row(code)).contains(before, "(version 1)", "HMRC");

            page.press("Edit the indicator " + before).type("wording", " ").save();
            assertThat(page.form()).contains("Give the wording officers tick.");

            page.type("wording", after).type("guidance", "Note who pays, where and when.").save();
            assertThat(page.messages()).contains("\"" + after + "\" is saved (wording version 2).");
            assertThat(page.row(code)).contains(after, "(version 2)", "Note who pays, where and when.");

            page.press("Wordings of the indicator " + after);
            assertThat(page.history()).containsExactly("2 " + after, "1 " + before);
        } finally {
            JsonObject current = ApiClient.array(ApiClient.as("admin").get("/api/indicators?includeInactive=true"))
                    .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals(code)).findFirst()
                    .orElseThrow();
            HttpResponse<String> retired = ApiClient.as("admin").put("/api/indicators/" + code,
                    Json.createObjectBuilder(current).add("active", false)
                            .add("expectedVersion", current.getJsonNumber("version")).build().toString());
            assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        }
    }

    @Test
    void theAgreementsRegisterFiltersByAgencyAndStateAndOffersNoEndOnAnEndedAgreement() throws Exception {
        JsonObject agreement = agreement("RATES", "INSOLVENCY");
        HttpResponse<String> ended = ApiClient.as("admin").post("/api/agreements/RATES/INSOLVENCY/end",
                "{\"endsOn\": \"%s\", \"version\": %d}".formatted(LocalDate.now(ZoneId.of("Europe/London")).minusDays(1),
                        agreement.getJsonNumber("version").longValue()));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        try {
            AgreementRegisterPage register = AgreementRegisterPage.open(admin(), Stack.appUrl());
            int total = ApiClient.array(ApiClient.as("admin").get("/api/agreements")).size();
            assertThat(register.shown()).isEqualTo(total + " of " + total + " agreements shown");

            register.filter("RATES", "ENDED");
            assertThat(register.pairs()).containsExactly("RATES-INSOLVENCY");
            assertThat(register.status("RATES-INSOLVENCY")).isEqualTo("Ended");
            assertThat(register.endButtons()).as("an ended agreement cannot be ended again").isZero();
            assertThat(register.shown()).isEqualTo("1 of " + total + " agreements shown");

            register.filter("RATES", "IN_FORCE");
            assertThat(register.pairs()).hasSize(21).allMatch(p -> p.startsWith("RATES-") || p.endsWith("-RATES"))
                    .doesNotContain("RATES-INSOLVENCY");
            assertThat(register.endButtons()).isEqualTo(21);
        } finally {
            JsonObject current = agreement("RATES", "INSOLVENCY");
            HttpResponse<String> reopened = ApiClient.as("admin").put("/api/agreements/RATES/INSOLVENCY",
                    Json.createObjectBuilder(current).remove("inForce").addNull("endsOn").build().toString());
            assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        }
    }

    @Test
    void theUsersPageShowsEachPersonsRolesAndWhetherTheirAccountIsEnabled() throws Exception {
        assertThat(ApiClient.as("manager.partnership").get("/api/me").statusCode()).isEqualTo(200);
        UsersPage users = UsersPage.open(admin(), Stack.appUrl());
        assertThat(users.row("manager.partnership")).contains("manager, partnership").contains("Enabled");
        assertThat(users.row("admin")).contains("admin").contains("Enabled");
    }

    
    private static JsonObject agreement(String from, String to) throws Exception {
        return ApiClient.array(ApiClient.as("admin").get("/api/agreements")).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("fromAgency").equals(from) && a.getString("toAgency").equals(to))
                .findFirst().orElseThrow();
    }
}
