package org.eyesandears.reporting.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.reporting.service.ReferralRow;
import org.eyesandears.reporting.service.TeamCount;
import org.eyesandears.reporting.service.TeamStatsQueries;

/** The referrals behind an officer's or a team's figure on the dashboard (the manager's own agency). */
@Named
@ViewScoped
public class ReferralListView extends DrillDownListView<ReferralRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamStatsQueries queries;

    private String officer;
    private String team;
    private boolean noTeam;

    public ReferralListView() {
        super("Referrals");
    }

    @Override
    protected void fill() {
        List<ReferralRow> rows = queries.referrals(date(getFrom()), date(getTo()), officer, team, noTeam);
        String who = officer != null && !officer.isBlank() ? "by " + officer
                : "by team " + (noTeam ? TeamCount.NO_TEAM.toLowerCase(java.util.Locale.UK) : team);
        show(rows, "Referrals " + who + ", submitted " + getFrom() + " to " + getTo());
    }

    @Override
    public int getMaxRows() {
        return TeamStatsQueries.MAX_ROWS;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public boolean isNoTeam() {
        return noTeam;
    }

    public void setNoTeam(boolean noTeam) {
        this.noTeam = noTeam;
    }
}
