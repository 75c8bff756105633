package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.reporting.service.ReferralRow;
import org.eyesandears.reporting.service.TeamCount;
import org.eyesandears.reporting.service.TeamStatsQueries;
import org.eyesandears.shared.web.Messages;

/** The referrals behind an officer's or a team's figure on the dashboard (the manager's own agency). */
@Named
@ViewScoped
public class ReferralListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamStatsQueries queries;

    private String from;
    private String to;
    private String officer;
    private String team;
    private boolean noTeam;
    private List<ReferralRow> rows = List.of();
    private String title = "Referrals";

    public void load() {
        try {
            rows = queries.referrals(date(from), date(to), officer, team, noTeam);
            String who = officer != null && !officer.isBlank() ? "by " + officer
                    : "by team " + (noTeam ? TeamCount.NO_TEAM.toLowerCase(java.util.Locale.UK) : team);
            title = "Referrals " + who + ", submitted " + from + " to " + to;
        } catch (DateTimeParseException e) {
            Messages.error("This list does not exist: go back to the dashboard and choose a figure.");
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    public List<ReferralRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxRows() {
        return TeamStatsQueries.MAX_ROWS;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
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
