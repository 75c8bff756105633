package org.eyesandears.reporting.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.VisitDrillDown;
import org.eyesandears.reporting.service.VisitStatsQueries;
import org.eyesandears.visit.service.VisitSummary;

/** The joint visits behind a dashboard visit figure (the drill-down), within what the manager may see. */
@Named
@ViewScoped
public class VisitListView extends DrillDownListView<VisitSummary> {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitStatsQueries queries;

    @Inject
    AgencyService agencyService;

    private String kind;
    private String agency;
    private Integer size;

    public VisitListView() {
        super("Joint visits");
    }

    @Override
    protected void fill() {
        VisitDrillDown what = kind(VisitDrillDown.class, kind);
        show(queries.visits(what, date(getFrom()), date(getTo()), agency, size), title(what));
    }

    private String title(VisitDrillDown what) {
        var names = agencyService.agencyNames();
        boolean all = agency == null || agency.isBlank();
        String a = all ? "" : " with " + names.getOrDefault(agency, agency);
        String period = ", " + getFrom() + " to " + getTo();
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

    /** The codes of the agencies taking part, for the table. */
    public String agencies(VisitSummary visit) {
        return String.join(", ", visit.agencies());
    }

    @Override
    public int getMaxRows() {
        return VisitStatsQueries.MAX_ROWS;
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

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
