package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.visit.VisitData.LONDON;
import static org.eyesandears.visit.VisitData.at;
import static org.eyesandears.visit.VisitData.business;
import static org.eyesandears.visit.VisitData.created;
import static org.eyesandears.visit.VisitData.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.VisitCalendarPage;
import org.eyesandears.it.pages.VisitPage;
import org.eyesandears.it.pages.VisitPlanPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The coordinator at the shared calendar: dragging a visit onto a clashing day; planning a visit from
 * a day, with the agencies that have open work about the business ticked, and the invited desk
 * answering from its notice while the planner hears of it.
 */
@ExtendWith(ArquillianExtension.class)
class VisitUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void aCoordinatorDragsAVisitOntoADayThatClashesSeesTheWarningAndMovesItWithAReason() throws Exception {
        LocalDate first = LocalDate.now(LONDON).plusMonths(2).withDayOfMonth(1);
        LocalDate early = first.plusDays(2);
        LocalDate late = early.plusDays(16);
        LocalDate target = early.plusDays(3);
        long shop = business("Drag Test Diner", "8 Church Street", "HA1 1AA");
        ApiClient coordinator = ApiClient.as("coordinator");
        created(coordinator.post("/api/visits", plan(shop, at(early, 10), "LICENSING", "", "", null)));
        long moved = created(coordinator.post("/api/visits", plan(shop, at(late, 10), "LICENSING",
                "{\"agencyCode\": \"FIRE\"}", "", null)));

        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "coordinator");
        VisitCalendarPage calendar = VisitCalendarPage.open(browser, Stack.appUrl(), late);
        assertThat(calendar.dayOf("Drag Test Diner: Licensing + 1")).isEqualTo(late);

        calendar.drag("Drag Test Diner: Licensing + 1", target);

        assertThat(calendar.clashWarnings()).singleElement().asString()
                .contains("Drag Test Diner already has a visit on").contains("within 14 days");
        calendar.moveAnyway("Fire service can only attend that week");
        assertThat(calendar.messages()).contains("Moved", "Your reason is recorded");

        JsonObject visit = ApiClient.object(coordinator.get("/api/visits/" + moved));
        assertThat(LocalDateTime.ofInstant(java.time.Instant.parse(visit.getJsonObject("summary").getString("startsAt")),
                LONDON)).isEqualTo(target.atTime(10, 0));
        assertThat(visit.getJsonArray("overrides").getJsonObject(0).getString("reason"))
                .isEqualTo("Fire service can only attend that week");
        assertThat(calendar.isShownOn("Drag Test Diner: Licensing + 1", target)).isTrue();
    }

    @Test
    void aCoordinatorPlansOnAClickedDayWithTheInterestedAgenciesTickedAndTheInvitedDeskAcceptsFromItsNotice()
            throws Exception {
        for (String user : new String[] {"officer.fire", "admin"}) {
            assertThat(ApiClient.as(user).get("/api/me").statusCode()).as("profile of " + user).isEqualTo(200);
        }
        assertThat(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Journey Takeaway", "addressLine1": "4 Plan Street", "town": "Luton",
                                 "postcode": "LU1 3JT"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING", "IMM_NERVOUS_WORKERS"],
                 "observation": "Mattresses behind the kitchen; staff ran out of the back.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(LONDON))).statusCode()).isEqualTo(201);
        WebDriver desk = session.open(Browser.LAPTOP);
        HomePage.signIn(desk, Stack.appUrl(), "desk.fire");
        LocalDate day = LocalDate.now(LONDON).plusMonths(3).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));

        WebDriver browser = session.open(Browser.LAPTOP);
        HomePage.signIn(browser, Stack.appUrl(), "coordinator");
        VisitPlanPage plan = VisitCalendarPage.open(browser, Stack.appUrl(), day).planOn(day);
        assertThat(plan.day()).isEqualTo(day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        plan.chooseBusiness("Journey Take", "Journey Takeaway");

        // Fire has the routing, food safety the referring officer; Immigration Enforcement's interest is
        // not shared with the coordinator's agency (ADR 0017), so it is neither named nor ticked.
        assertThat(plan.invited()).as("the agencies with open work the coordinator may name, ticked")
                .containsExactlyInAnyOrder("Fire and rescue (fire protection)", "Food safety and environmental health");
        assertThat(plan.leadAgency()).as("a lead with work about the business, not the coordinator's own")
                .isIn("FIRE", "FOOD");
        assertThat(plan.officersOffered()).as("field officers only")
                .contains("Tom Evans (Fire and rescue (fire protection))")
                .noneSatisfy(o -> assertThat(o).containsAnyOf("Sam Patel", "Sian Morgan", "Helen Carter"));
        VisitPage visit = plan.lead("FOOD").save();
        assertThat(visit.agencies()).anySatisfy(row -> assertThat(row)
                .contains("Fire and rescue (fire protection)").containsIgnoringCase("invited"));

        VisitPage invitation = HomePage.open(desk, Stack.appUrl()).openNotifications().openVisit("Journey Takeaway");
        invitation.accept();
        assertThat(invitation.agencies()).anySatisfy(row -> assertThat(row)
                .contains("Fire and rescue (fire protection)").containsIgnoringCase("accepted"));

        assertThat(HomePage.open(browser, Stack.appUrl()).openNotifications()
                .awaitNotification("accepted the invitation to the visit to Journey Takeaway"))
                .contains("Fire and rescue (fire protection) accepted the invitation to the visit to Journey Takeaway");
    }
}
