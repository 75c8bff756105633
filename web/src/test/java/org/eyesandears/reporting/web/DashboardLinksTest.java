package org.eyesandears.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardLinksTest {

    private final DashboardLinks agencyManager = new DashboardLinks("", "2026-11-01", "2026-11-28", null, false);
    private final DashboardLinks partnership = new DashboardLinks("/app", "2026-11-01", "2026-11-28", "FIRE", true);

    @Test
    void anAgencyManagerFollowsTheirAgencysFiguresButNotThePartnershipTotals() {
        assertThat(agencyManager.routings("RECEIVED", "FOOD", null))
                .isEqualTo("/reporting/routings.xhtml?kind=RECEIVED&from=2026-11-01&to=2026-11-28&agency=FOOD");
        assertThat(agencyManager.routings("RECEIVED", "ALL", null)).isNull();
        assertThat(agencyManager.visits("HELD", "", null)).isNull();
        assertThat(agencyManager.feedback("usefulness", "ALL", "USEFUL")).isNull();
    }

    @Test
    void aPartnershipManagerFollowsTheTotalsToo() {
        assertThat(partnership.routings("SENT", "ALL", null))
                .isEqualTo("/app/reporting/routings.xhtml?kind=SENT&from=2026-11-01&to=2026-11-28");
        assertThat(partnership.visits("AGENCIES", "ALL", 3))
                .isEqualTo("/app/reporting/visits.xhtml?kind=AGENCIES&from=2026-11-01&to=2026-11-28&size=3");
    }

    @Test
    void flowsFeedbackCategoriesOfficersAndTeamsCarryTheirParameters() {
        assertThat(agencyManager.routings("FLOW", "FOOD", "HMRC")).endsWith("&agency=FOOD&toAgency=HMRC");
        assertThat(agencyManager.feedback("outcomes", "FOOD", "NOTICE_SERVED"))
                .isEqualTo("/reporting/routings.xhtml?kind=OUTCOME&from=2026-11-01&to=2026-11-28&agency=FOOD"
                        + "&category=NOTICE_SERVED");
        assertThat(agencyManager.referrals("officer.food", null)).endsWith("&officer=officer.food");
        assertThat(agencyManager.referrals(null, "Food North & South")).endsWith("&team=Food%20North%20%26%20South");
        assertThat(agencyManager.referrals(null, org.eyesandears.reporting.service.TeamCount.NO_TEAM))
                .endsWith("&noTeam=true");
    }

    @Test
    void exportsAndBusinessListsKeepThePeriodAndTheChosenAgency() {
        assertThat(partnership.csv("matrix"))
                .isEqualTo("/app/reporting/export/matrix.csv?from=2026-11-01&to=2026-11-28&agency=FIRE");
        assertThat(agencyManager.csv("targets")).isEqualTo("/reporting/export/targets.csv?from=2026-11-01&to=2026-11-28");
        assertThat(agencyManager.businesses(3))
                .isEqualTo("/reporting/businesses.xhtml?agencies=3&from=2026-11-01&to=2026-11-28");
    }
}
