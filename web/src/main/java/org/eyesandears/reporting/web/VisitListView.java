package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.VisitDrillDown;
import org.eyesandears.reporting.service.VisitStatsQueries;
import org.eyesandears.visit.service.VisitSummary;
import org.eyesandears.shared.web.Messages;

/** The joint visits behind a dashboard visit figure (the drill-down), within what the manager may see. */
@Named
@ViewScoped
public class VisitListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitStatsQueries queries;

    @Inject
    AgencyService agencyService;

    private String kind;
    private String from;
    private String to;
    private String agency;
    private Integer size;
    private List<VisitSummary> rows = List.of();
    private String title = "Joint visits";

    public void load() {
        try {
            VisitDrillDown what = VisitDrillDown.valueOf(kind == null ? "" : kind);
            rows = queries.visits(what, date(from), date(to), agency, size);
            title = title(what);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            Messages.error("This list does not exist: go back to the dashboard and choose a figure.");
        }
    }

    private String title(VisitDrillDown what) {
        var names = agencyService.agencyNames();
        boolean all = agency == null || agency.isBlank();
        String a = all ? "" : " with " + names.getOrDefault(agency, agency);
        String period = ", " + from + " to " + to;
        return switch (what) {
            case HELD -> "Joint visits held" + a + period;
            case AGENCIES -> "Joint visits held with " + size + " agencies" + (all ? "" : ", including "
                    + names.getOrDefault(agency, agency)) + period;
            case OUTCOME_RECORDED -> "Joint visits held" + (all ? " with an outcome recorded"
                    : " with an outcome recorded by " + names.getOrDefault(agency, agency)) + period;
            case FOLLOW_UPS_OVERDUE -> "Joint visits with follow-up tasks" + (all ? "" : " of "
                    + names.getOrDefault(agency, agency)) + " overdue now";
        };
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    public List<VisitSummary> getRows() {
        return rows;
    }

    /** The codes of the agencies taking part, for the table. */
    public String agencies(VisitSummary visit) {
        return String.join(", ", visit.agencies());
    }

    public String getTitle() {
        return title;
    }

    public int getMaxRows() {
        return VisitStatsQueries.MAX_ROWS;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
