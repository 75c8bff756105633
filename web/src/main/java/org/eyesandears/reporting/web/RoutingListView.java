package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.DrillDown;
import org.eyesandears.reporting.service.DrillDownQueries;
import org.eyesandears.reporting.service.RoutingRow;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.shared.web.Messages;

/** The routings behind a dashboard figure (the drill-down), within what the manager may see. */
@Named
@ViewScoped
public class RoutingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatsQueries queries;

    @Inject
    AgencyService agencyService;

    @Inject
    DrillDownQueries drillDowns;

    private String category;

    private String kind;
    private String from;
    private String to;
    private String agency;
    private String toAgency;
    private List<RoutingRow> rows = List.of();
    private String title = "Routings";

    public void load() {
        try {
            if ("USEFULNESS".equals(kind) || "OUTCOME".equals(kind)) {
                loadFeedback();
                return;
            }
            DrillDown what = DrillDown.valueOf(kind == null ? "" : kind);
            if (from == null || from.isBlank() || to == null || to.isBlank()) {
                from = queries.defaultPeriod().from().toString();
                to = queries.defaultPeriod().to().toString();
            }
            rows = queries.routings(what, date(from), date(to), agency, toAgency);
            title = title(what);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            Messages.error("This list does not exist: go back to the dashboard and choose a figure.");
        }
    }

    /** Routings whose feedback carried one usefulness or outcome category ({@code category}). */
    private void loadFeedback() {
        boolean usefulness = "USEFULNESS".equals(kind);
        rows = drillDowns.routingsWithFeedback(date(from), date(to), agency, usefulness ? category : null,
                usefulness ? null : category);
        var names = agencyService.agencyNames();
        String a = agency == null || agency.isBlank() ? "all agencies" : names.getOrDefault(agency, agency);
        String words = category == null ? "" : category.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        title = "Routings to " + a + " with feedback " + (usefulness ? "usefulness" : "outcome") + " \u201c" + words
                + "\u201d, created " + from + " to " + to;
    }

    private String title(DrillDown what) {
        var names = agencyService.agencyNames();
        String a = agency == null || agency.isBlank() ? "all agencies" : names.getOrDefault(agency, agency);
        String period = " created " + from + " to " + to;
        return switch (what) {
            case RECEIVED -> "Routings to " + a + period;
            case SENT -> "Routings of referrals by " + a + period;
            case FLOW -> "Routings from " + a + " to " + names.getOrDefault(toAgency, toAgency) + period;
            case FEEDBACK_GIVEN -> "Routings to " + a + " with feedback," + period;
            case NO_FEEDBACK -> "Routings to " + a + " without feedback," + period;
            case OVERDUE_DECISION -> "Routings to " + a + " overdue for a first decision now";
            case OVERDUE_FEEDBACK -> "Routings to " + a + " overdue for feedback now";
        };
    }

    /** The same list as CSV, with the handling conditions of each referral graded C. */
    public String getCsv() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/api/stats/routings.csv?kind=").append(encode(kind))
                .append("&from=").append(encode(from)).append("&to=").append(encode(to));
        if (agency != null && !agency.isBlank()) {
            url.append("&agency=").append(encode(agency));
        }
        if (toAgency != null && !toAgency.isBlank()) {
            url.append("&toAgency=").append(encode(toAgency));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    public List<RoutingRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxRows() {
        return StatsQueries.MAX_ROWS;
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

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getToAgency() {
        return toAgency;
    }

    public void setToAgency(String toAgency) {
        this.toAgency = toAgency;
    }
}
