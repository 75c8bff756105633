package org.eyesandears.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eyesandears.it.Browser;
import org.eyesandears.it.BrowserSession;
import org.eyesandears.it.Stack;
import org.eyesandears.it.pages.DashboardPage;
import org.eyesandears.it.pages.HomePage;
import org.eyesandears.it.pages.ReferralDetailPage;
import org.eyesandears.it.pages.ReportListPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** A manager opens the dashboard for April 2019 (StatsData) and drills into the overdue routings and joint visits. */
@ExtendWith(ArquillianExtension.class)
class DashboardUiIT {

    @RegisterExtension
    final BrowserSession session = new BrowserSession();

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void aManagerReadsTheFiguresAndDrillsIntoTheOverdueRoutings() throws Exception {
        StatsData.load();
        WebDriver manager = session.open(Browser.PHONE);
        HomePage.signIn(manager, Stack.appUrl(), "manager.fire");
        DashboardPage dashboard = DashboardPage.open(manager, Stack.appUrl()).showPeriod("2019-04-01", "2019-04-30");

        assertThat(dashboard.agenciesCaption()).contains("Per agency for the period");
        assertThat(dashboard.agencies()).contains("Fire and rescue (fire protection)").contains("50.0 (previous 100.0)")
                .contains("Partnership").doesNotContain("Health and Safety Executive");
        assertThat(dashboard.officers()).containsPattern("(officer\\.fire|Tom Evans) 2");
        assertThat(dashboard.teams()).contains("Fire Protection Luton 2 (0)");
        // FIRE's own flows, with the previous period in brackets; FOOD to HSE is not FIRE's to see.
        assertThat(dashboard.matrix()).as("rows named in full")
                .contains("Fire and rescue (fire protection) 0 (0) 2 (0) 1 (0)").contains("Food safety and environmental health 2 (1) - -");
        assertThat(dashboard.matrixColumns()).as("columns by short name, the full name for screen readers and on hover")
                .contains("FIRE|Fire and rescue (fire protection)");
        assertThat(dashboard.visits())
                .contains("With Fire and rescue (fire protection): 2 joint visits held (previous period 1)")
                .contains("3 joint visits held (previous period 1)");
        assertThat(dashboard.visitAgencies()).contains("2 (previous 1)").doesNotContain("Health and Safety Executive");
        assertThat(dashboard.charts()).as("charts beside the tables").isPositive();
        assertThat(dashboard.chartLabels()).as("agencies named as in the tables, not by code")
                .anyMatch(l -> l.contains("Fire and rescue (fire protection)")).noneMatch(l -> l.matches(".*\\bFIRE\\b.*"));
        // The figures for use (StatsData): FIRE's 3 officers, ST-3 and ST-4 by officer.fire, ST-3's card open 200 s.
        assertThat(dashboard.useRow("FIRE")).contains("Fire and rescue (fire protection)").contains("3 (previous 3)")
                .contains("1 (previous 0)").contains("66.7 (previous 0.0)").contains("3 min 20 s")
                .contains("1 of 1 (100.0%)").contains("0 of 1 (0.0%)");
        assertThat(dashboard.useRow("ALL")).contains("Partnership").contains("80.0 (previous 16.7)")
                .contains("1 min 35 s").contains("2 of 3 (66.7%)").contains("2 of 5 (40.0%)");
        assertThat(dashboard.use()).doesNotContain("Food safety");

        assertThat(dashboard.overdueFeedbackCount()).isEqualTo("1");
        ReportListPage overdue = dashboard.openOverdueFeedback();
        assertThat(overdue.heading()).isEqualTo("Routings to Fire and rescue (fire protection) overdue for feedback now (1)");
        assertThat(overdue.routings()).contains("ST-2").contains("Stats Barbers").contains("taken on");
        assertThat(overdue.plainReferences()).as("FOOD's referral: FIRE's manager may not open it").contains("ST-2");
        assertThat(overdue.linkedReferences()).doesNotContain("ST-2");

        // Back on the dashboard, the joint visits held with FIRE lead to the list and on to each visit.
        ReportListPage visits = overdue.back().openVisitsHeld();
        assertThat(visits.heading())
                .isEqualTo("Joint visits held with Fire and rescue (fire protection), 2019-04-01 to 2019-04-30 (2)");
        assertThat(visits.visits()).contains("Stats Barbers").contains("Stats Bistro").contains("FIRE, FOOD");
        assertThat(visits.openVisit(0).businessName()).isEqualTo("Stats Barbers");
    }

    @Test
    void aPartnershipManagerNarrowsTheBusinessesOfInterestToOneKindOfBusiness() throws Exception {
        StatsData.load();
        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement(
                "UPDATE business SET business_type = 'RESTAURANT' WHERE trading_name = 'Stats Bistro'")) {
            st.executeUpdate();
        }
        WebDriver manager = session.open(Browser.LAPTOP);
        HomePage.signIn(manager, Stack.appUrl(), "manager.partnership");
        ReportListPage list = ReportListPage.openBusinesses(manager, Stack.appUrl(), "from=2019-04-01&to=2019-04-30&agencies=2");
        assertThat(list.businesses()).contains("Stats Bistro").contains("Stats Barbers");

        list = list.narrowToKind("Restaurant or cafe");
        assertThat(list.heading())
                .startsWith("Businesses (restaurant or cafe) of interest to 2 or more agencies, 2019-04-01 to 2019-04-30");
        assertThat(list.businesses()).contains("Stats Bistro").doesNotContain("Stats Barbers");
    }

    @Test
    void aPartnershipManagerNarrowsTheDashboardToOneAgencyAndSeesNoOfficerNames() throws Exception {
        StatsData.load();
        WebDriver manager = session.open(Browser.LAPTOP);
        HomePage.signIn(manager, Stack.appUrl(), "manager.partnership");
        DashboardPage dashboard = DashboardPage.open(manager, Stack.appUrl(), StatsData.FROM, StatsData.TO);
        assertThat(dashboard.agencies()).contains("Health and Safety Executive")
                .contains("Fire and rescue (fire protection)");
        List<Long> widths = dashboard.agenciesTableWidths();
        assertThat(widths.get(0)).as("at 1366 px the agencies table fits its box: nothing cut off").isLessThanOrEqualTo(widths.get(1));
        assertThat(widths.get(2)).as("and takes the page's width, not half of it").isGreaterThanOrEqualTo(widths.get(3) * 9 / 10);
        assertThat(dashboard.showsOfficers()).isFalse();

        DashboardPage hse = dashboard.showAgency("HSE");
        assertThat(hse.agencies()).contains("Health and Safety Executive")
                .contains("100.0 (previous -)").doesNotContain("Fire and rescue");
        assertThat(hse.selectedAgency()).isEqualTo("Health and Safety Executive");
    }

    @Test
    void aManagerDownloadsATablesCsvAndTheBoardPdfFromTheDashboard() throws Exception {
        StatsData.load();
        WebDriver manager = session.open(Browser.LAPTOP);
        HomePage.signIn(manager, Stack.appUrl(), "manager.partnership");
        DashboardPage dashboard = DashboardPage.open(manager, Stack.appUrl(), StatsData.FROM, StatsData.TO);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("downloads");

        java.nio.file.Path csv = dashboard.downloadCsv("agencies", folder);
        java.nio.file.Path pdf = dashboard.downloadPdf(folder);

        assertThat(csv.getFileName().toString()).isEqualTo("eyes-and-ears-agencies-" + StatsData.FROM + "-to-"
                + StatsData.TO + ".csv");
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("period_from,period_to,agency,agency_name");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(StatsData.FROM + "," + StatsData.TO
                + ",HSE,Health and Safety Executive,"));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Eyes and Ears: partnership summary", StatsData.FROM + " to " + StatsData.TO,
                "Health and Safety Executive", "Feedback rate 66.7 (100.0) %");
        Object apiStatus = ((org.openqa.selenium.JavascriptExecutor) manager).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch('/api/stats/export/agencies.csv?from=" + StatsData.FROM + "&to=" + StatsData.TO + "',"
                        + " {credentials: 'same-origin', redirect: 'manual'}).then(function (r) { done(r.status); });");
        assertThat(apiStatus).as("the API with the browser's session cookie: bearer tokens only").isEqualTo(401L);
    }

    @Test
    void anOfficerSaysWhetherTheFeedbackWasUsefulOnce() throws Exception {
        StatsData.load();
        WebDriver officer = session.open(Browser.PHONE);
        HomePage.signIn(officer, Stack.appUrl(), "officer.food");
        ReferralDetailPage st7 = ReferralDetailPage.open(officer, Stack.appUrl(), "ST-7");
        assertThat(st7.feedbackRating("HSE")).contains("Was Health and Safety Executive's feedback useful?")
                .contains("Yes, useful").contains("No, not useful");

        st7.rateFeedback("HSE", true);

        assertThat(st7.feedbackRating("HSE")).contains("You said it was useful.").doesNotContain("No, not useful");
        assertThat(ReferralDetailPage.open(officer, Stack.appUrl(), "ST-7").feedbackRating("HSE"))
                .as("after a reload, once per routing").contains("You said it was useful.");
        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement("SELECT f.useful FROM"
                + " feedback_rating f JOIN routing g ON g.id = f.routing_id JOIN referral r ON r.id = g.referral_id"
                + " WHERE r.reference = 'ST-7' AND g.agency_code = 'HSE'")) {
            var rs = st.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }
}
