package org.eyesandears.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eyesandears.triage.service.OverdueCount;
import org.junit.jupiter.api.Test;

class StatsCsvTest {

    private static StatsSummary summary() {
        Figures.BusinessInterest none = new Figures.BusinessInterest(0, 0, List.of());
        VisitFigures visits = new VisitFigures(3, 5, 2.7, 2.4, List.of(new VisitFigures.SizeCount(2, 1),
                new VisitFigures.SizeCount(3, 2)), List.of(new VisitFigures.AgencyVisits("FOOD", "Food, safety", 3, 2, 1, 2, 0, 1)),
                new VisitFigures.AgencyVisits("ALL", "Partnership", 5, 6, 1, 3, 2, 4));
        Figures current = new Figures(List.of(new Figures.Flow("FOOD", "FIRE", 3)), List.of(), null, List.of(), List.of(),
                List.of(new Figures.OfficerCount("o.one", "Smith, Jo \"JJ\"", 2), new Figures.OfficerCount("o.two", "=cmd()", 1)),
                none).withVisits(visits);
        Figures previous = new Figures(List.of(), List.of(), null, List.of(), List.of(), List.of(), none);
        Period p = new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30));
        return new StatsSummary(p, p.previous(), "FOOD", current, previous,
                List.of(new OverdueCount("FOOD", "Food", 1, 2)), new OverdueCount("ALL", "Partnership", 4, 5), List.of(),
                List.of(new FollowUpCount("FOOD", "Food", 2)), 3);
    }

    @Test
    void quotesCommasAndQuotesAndDisarmsFormulas() {
        assertThat(StatsCsv.table("officers", summary())).isEqualTo(
                "period_from,period_to,username,name,referrals\r\n"
                        + "2019-04-01,2019-04-30,o.one,\"Smith, Jo \"\"JJ\"\"\",2\r\n"
                        + "2019-04-01,2019-04-30,o.two,'=cmd(),1\r\n");
    }

    @Test
    void visitTablesCarryTheScopeThePartnershipAndOnlyPeriodsThatHaveFigures() {
        assertThat(StatsCsv.table("visits", summary())).isEqualTo(
                "period_from,period_to,scope,joint_visits_held,mean_agencies_per_visit,partnership_joint_visits_held,"
                        + "partnership_mean_agencies_per_visit\r\n2019-04-01,2019-04-30,FOOD,3,2.7,5,2.4\r\n");
        assertThat(StatsCsv.table("visit_sizes", summary())).endsWith("2019-04-01,2019-04-30,FOOD,2,1\r\n"
                + "2019-04-01,2019-04-30,FOOD,3,2\r\n");
        assertThat(StatsCsv.table("visit_agencies", summary())).endsWith(
                "2019-04-01,2019-04-30,FOOD,\"Food, safety\",3,2,1,2,0,1\r\n2019-04-01,2019-04-30,ALL,Partnership,5,6,1,3,2,4\r\n");
        assertThat(StatsCsv.table("follow_ups", summary())).isEqualTo(
                "agency,agency_name,follow_ups_overdue\r\nFOOD,Food,2\r\nALL,Partnership,3\r\n");
    }

    @Test
    void overdueCarriesThePartnershipTotalAndUnknownTablesAreNull() {
        assertThat(StatsCsv.table("overdue", summary())).endsWith("FOOD,Food,1,2\r\nALL,Partnership,4,5\r\n");
        assertThat(StatsCsv.table("matrix", summary())).contains("2019-04-01,2019-04-30,FOOD,FIRE,3\r\n");
        assertThat(StatsCsv.table("nothing", summary())).isNull();
        assertThat(StatsCsv.cell(-3)).isEqualTo("-3");
    }

    @Test
    void figuresNotMeasuredAreEmptyCells() {
        StatsSummary s = summary();
        AgencyFigures nothing = new AgencyFigures("HSE", "Health and Safety Executive", 0, 0, 0, 0, 0, 20, null, null,
                0L, null, null, null, null);
        Figures current = new Figures(List.of(), List.of(nothing), nothing, List.of(), List.of(), List.of(),
                s.current().businesses());
        StatsSummary withNulls = new StatsSummary(s.period(), s.previousPeriod(), "ALL", current, current, s.overdue(),
                s.overdueTotal(), s.targets(), s.followUpsOverdue(), s.followUpsOverdueTotal());
        assertThat(StatsCsv.table("agencies", withNulls))
                .contains("2019-04-01,2019-04-30,HSE,Health and Safety Executive,0,0,0,0,0,20,,,0,,,,\r\n");
    }

    @Test
    void thePreviousPeriodIsAsLongAndEndsTheDayBefore() {
        Period p = new Period(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30));
        assertThat(p.previous()).isEqualTo(new Period(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 31)));
    }

    @Test
    void aDrillDownLineCarriesTheHandlingConditionsOfACReferralAndTheDayOfAnErasure() {
        java.time.Instant routed = java.time.Instant.parse("2026-06-30T09:00:00Z");
        RoutingRow conditional = new RoutingRow(1, "EE-2026-000001", "Cafe", "FOOD", "FIRE",
                org.eyesandears.referral.model.RoutingStatus.NEW, routed, null, null, LocalDate.of(2026, 7, 2),
                LocalDate.of(2026, 7, 28), org.eyesandears.referral.model.HandlingCode.C,
                "=Do not tell the owner, nor the landlord", null);
        RoutingRow permitted = new RoutingRow(2, "EE-2026-000002", "Bar", "FOOD", "FIRE",
                org.eyesandears.referral.model.RoutingStatus.CLOSED, routed, null, null, LocalDate.of(2026, 7, 2),
                LocalDate.of(2026, 7, 28), org.eyesandears.referral.model.HandlingCode.P, "stale text",
                java.time.Instant.parse("2026-06-30T23:30:00Z"));

        List<String> lines = StatsCsv.routings(List.of(conditional, permitted)).lines().toList();

        assertThat(lines.get(0)).endsWith(",handling_code,handling_conditions,erased_on");
        assertThat(lines.get(1)).endsWith(",C,\"'=Do not tell the owner, nor the landlord\",");
        assertThat(lines.get(2)).as("code P shows no conditions; erased at 00:30 London time on 1 July")
                .endsWith(",,,2026-07-01");
    }
}
