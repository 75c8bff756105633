package org.eyesandears.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.Figures;
import org.eyesandears.reporting.service.Period;
import org.eyesandears.reporting.service.StatsSummary;
import org.eyesandears.reporting.service.TeamCount;
import org.eyesandears.reporting.service.VisitFigures;
import org.eyesandears.triage.service.OverdueCount;
import org.junit.jupiter.api.Test;

class DashboardTablesTest {

    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 28));

    private static AgencyFigures agency(String code, long received) {
        return new AgencyFigures(code, code, 0, 0, received, 0, 0, 20, null, null, null, null, null, null, null);
    }

    private static VisitFigures.AgencyVisits visits(String code, long n) {
        return new VisitFigures.AgencyVisits(code, code, n, 0, 0, 0, 0, 0);
    }

    private static Figures figures(List<Figures.Flow> matrix, List<AgencyFigures> agencies, VisitFigures visits,
                                   List<TeamCount> teams) {
        return new Figures(matrix, agencies, agency(AgencyFigures.ALL, 0), List.of(), List.of(), List.of(),
                new Figures.BusinessInterest(0, 0, List.of())).withVisits(visits).withTeams(teams);
    }

    private static StatsSummary summary(String scope) {
        Figures current = figures(List.of(new Figures.Flow("FOOD", "FIRE", 4), new Figures.Flow("FIRE", "HMRC", 1)),
                List.of(agency("FIRE", 4), agency("HMRC", 1)),
                new VisitFigures(3, 3, 2.0, 2.0, List.of(new VisitFigures.SizeCount(2, 3)),
                        List.of(visits("FIRE", 3), visits("HSE", 0)), visits(AgencyFigures.ALL, 3)),
                List.of(new TeamCount("north", "North", 2)));
        Figures previous = figures(List.of(new Figures.Flow("FOOD", "FIRE", 2)), List.of(agency("FIRE", 2)),
                new VisitFigures(1, 1, 3.0, 3.0, List.of(new VisitFigures.SizeCount(3, 1)),
                        List.of(visits("FIRE", 1)), visits(AgencyFigures.ALL, 1)),
                List.of(new TeamCount(null, TeamCount.NO_TEAM, 1), new TeamCount("north", "North", 5)));
        return new StatsSummary(MARCH, MARCH.previous(), scope, current, previous, List.of(),
                new OverdueCount(AgencyFigures.ALL, "Partnership", 0, 0), List.of(), List.of(), 0);
    }

    @Test
    void theMatrixListsSendersAndReceiversInCodeOrderAndShadesTheBusiestCellDarkest() {
        DashboardTables t = new DashboardTables(summary(AgencyFigures.ALL));
        assertThat(t.getMatrixFrom()).containsExactly("FIRE", "FOOD");
        assertThat(t.getMatrixTo()).containsExactly("FIRE", "HMRC");
        assertThat(t.flow("FOOD", "FIRE")).isEqualTo(4);
        assertThat(t.previousFlow("FOOD", "FIRE")).isEqualTo(2);
        assertThat(t.flow("FIRE", "FOOD")).isZero();
        assertThat(t.heat("FOOD", "FIRE")).contains("rgba(29, 112, 184, 0.85)").contains("#0b0c0c");
        assertThat(t.heat("FIRE", "FOOD")).contains("rgba(29, 112, 184, 0.0)").contains("#0b0c0c");
    }

    @Test
    void anAgencyManagerSeesOnlyFlowsToOrFromTheirAgency() {
        DashboardTables own = new DashboardTables(summary("HMRC"));
        assertThat(own.isPartnershipView()).isFalse();
        assertThat(own.visibleFlow("FIRE", "HMRC")).isTrue();
        assertThat(own.visibleFlow("FOOD", "FIRE")).isFalse();
        assertThat(new DashboardTables(summary(AgencyFigures.ALL)).visibleFlow("FOOD", "FIRE")).isTrue();
    }

    @Test
    void eachRowFindsThePreviousPeriodsRowOfTheSameAgency() {
        DashboardTables t = new DashboardTables(summary(AgencyFigures.ALL));
        assertThat(t.getAgencyRows()).extracting(AgencyFigures::agency).containsExactly("FIRE", "HMRC", "ALL");
        assertThat(t.previous("FIRE").routingsReceived()).isEqualTo(2);
        assertThat(t.previous("HMRC")).as("no row last period").isNull();
        assertThat(t.previous(AgencyFigures.ALL).agency()).isEqualTo(AgencyFigures.ALL);
    }

    @Test
    void jointVisitsBySizeCoverBothPeriodsAndAPartnershipViewLeavesOutAgenciesWithoutVisits() {
        DashboardTables t = new DashboardTables(summary(AgencyFigures.ALL));
        assertThat(t.getVisitSizes()).containsExactly(2, 3);
        assertThat(t.size(2)).isEqualTo(3);
        assertThat(t.size(3)).isZero();
        assertThat(t.previousSize(3)).isEqualTo(1);
        assertThat(t.getVisitAgencyRows()).extracting(VisitFigures.AgencyVisits::agency).containsExactly("FIRE", "ALL");
        assertThat(t.previousVisits("FIRE").visits()).isEqualTo(1);
        assertThat(new DashboardTables(summary("HSE")).getVisitAgencyRows())
                .extracting(VisitFigures.AgencyVisits::agency).containsExactly("FIRE", "HSE", "ALL");
    }

    @Test
    void teamsOfEitherPeriodAreListedTheCurrentOnesFirst() {
        StatsSummary s = summary(AgencyFigures.ALL);
        DashboardTables t = new DashboardTables(s);
        assertThat(t.getTeamLabels()).containsExactly("North", TeamCount.NO_TEAM);
        assertThat(t.teamCount(s.previous(), "North")).isEqualTo(5);
        assertThat(t.teamCount(s.current(), TeamCount.NO_TEAM)).isZero();
    }

    @Test
    void timesAndSharesReadAsPeopleSayThem() {
        DashboardTables t = new DashboardTables(summary(AgencyFigures.ALL));
        assertThat(t.duration(null)).isEqualTo("-");
        assertThat(t.duration(45.4)).isEqualTo("45 s");
        assertThat(t.duration(67.5)).isEqualTo("1 min 08 s");
        assertThat(t.duration(179.0)).isEqualTo("2 min 59 s");
        assertThat(t.share(2, 3, 66.7)).isEqualTo("2 of 3 (66.7%)");
        assertThat(t.share(0, 0, null)).isEqualTo("none");
        assertThat(t.getUseRows()).as("no figures for use in this summary").isEmpty();
    }
}
