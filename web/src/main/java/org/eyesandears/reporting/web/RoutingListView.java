package org.eyesandears.reporting.web;

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
import org.eyesandears.shared.web.Labels;

/** The routings behind a dashboard figure (the drill-down), within what the manager may see. */
@Named
@ViewScoped
public class RoutingListView extends DrillDownListView<RoutingRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    StatsQueries queries;

    @Inject
    AgencyService agencyService;

    @Inject
    DrillDownQueries drillDowns;

    private String category;

    private java.util.Map<String, String> names;

    private String kind;
    private String agency;
    private String toAgency;

    public RoutingListView() {
        super("Routings");
    }

    @Override
    protected void fill() {
        if ("USEFULNESS".equals(kind) || "OUTCOME".equals(kind)) {
            fillFeedback();
            return;
        }
        DrillDown what = kind(DrillDown.class, kind);
        if (getFrom() == null || getFrom().isBlank() || getTo() == null || getTo().isBlank()) {
            setFrom(queries.defaultPeriod().from().toString());
            setTo(queries.defaultPeriod().to().toString());
        }
        show(queries.routings(what, date(getFrom()), date(getTo()), agency, toAgency), title(what));
    }

    /** Routings whose feedback carried one usefulness or outcome category ({@code category}). */
    private void fillFeedback() {
        boolean usefulness = "USEFULNESS".equals(kind);
        List<RoutingRow> rows = drillDowns.routingsWithFeedback(date(getFrom()), date(getTo()), agency,
                usefulness ? category : null, usefulness ? null : category);
        var names = agencyService.agencyNames();
        String a = agency == null || agency.isBlank() ? "all agencies" : names.getOrDefault(agency, agency);
        String words = Labels.wordsOf(category);
        show(rows, "Routings to " + a + " with feedback " + (usefulness ? "usefulness" : "outcome") + " \u201c" + words
                + "\u201d, created " + getFrom() + " to " + getTo());
    }

    /** An agency's name for a code in the list (codes are for machines and CSV files). */
    public String name(String code) {
        if (names == null) {
            names = agencyService.agencyNames();
        }
        return names.getOrDefault(code, code);
    }

    private String title(DrillDown what) {
        var names = agencyService.agencyNames();
        String a = agency == null || agency.isBlank() ? "all agencies" : names.getOrDefault(agency, agency);
        String period = " created " + getFrom() + " to " + getTo();
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
                .append("&from=").append(encode(getFrom())).append("&to=").append(encode(getTo()));
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

    @Override
    public int getMaxRows() {
        return StatsQueries.MAX_ROWS;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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
