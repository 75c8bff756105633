package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.visit.VisitData.LONDON;
import static org.eyesandears.visit.VisitData.at;
import static org.eyesandears.visit.VisitData.business;
import static org.eyesandears.visit.VisitData.created;
import static org.eyesandears.visit.VisitData.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.VisitCalendarPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The coordinator at the shared calendar: dragging a visit onto a clashing day. */
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
}
