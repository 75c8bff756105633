package org.eyesandears.triage;

import static org.assertj.core.api.Assertions.assertThat;


import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.InformationRequestsPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** Two desks in the browser: Fire asks Immigration about a business; Immigration answers; Fire reads it. */
@ExtendWith(ArquillianExtension.class)
class InformationRequestUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void fireAsksImmigrationAboutABusinessAndReadsTheAnswer() throws Exception {
        long shop = Database.business("Browser Barbers", "12 Wellington Street", "Luton", "LU1 2QH");
        ApiClient.as("desk.immigration").get("/api/me");

        WebDriver fire = session.open(Browser.LAPTOP);
        HomePage.signIn(fire, Stack.appUrl(), "desk.fire");
        InformationRequestsPage asking = InformationRequestsPage.askAbout(fire, Stack.appUrl(), shop);
        assertThat(asking.askingAbout()).contains("Browser Barbers", "LU1 2QH");
        asking.ask("IMMIGRATION", "Any reports of staff living upstairs at Browser Barbers?");
        assertThat(asking.messages()).contains("Your question went to Home Office Immigration Enforcement");
        assertThat(asking.outgoing()).anyMatch(r -> r.contains("staff living upstairs") && r.contains("open"));

        WebDriver immigration = session.open(Browser.PHONE);
        HomePage.signIn(immigration, Stack.appUrl(), "desk.immigration");
        InformationRequestsPage answering = InformationRequestsPage.open(immigration, Stack.appUrl());
        answering.answer("staff living upstairs", "One report in May; no visit since.");
        assertThat(answering.messages()).contains("Your answer went to");

        assertThat(InformationRequestsPage.open(fire, Stack.appUrl()).outgoing())
                .anyMatch(r -> r.contains("One report in May") && r.contains("answered"));
    }
}
