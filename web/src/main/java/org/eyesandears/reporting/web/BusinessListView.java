package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.reporting.service.BusinessRow;
import org.eyesandears.reporting.service.DrillDownQueries;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.web.Messages;

/** The businesses behind "businesses of interest to 2+ (3+) agencies", each linking to its page. */
@Named
@ViewScoped
public class BusinessListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DrillDownQueries queries;

    @Inject
    CurrentCaller currentCaller;

    private String from;
    private String to;
    private Integer agencies;
    private boolean ownAgencyOnly;
    private List<BusinessRow> rows = List.of();
    private String title = "Businesses of interest to several agencies";

    public void load() {
        try {
            ownAgencyOnly = currentCaller.get().hasAgency();
            rows = queries.businesses(date(from), date(to), agencies);
            title = "Businesses of interest to " + agencies + " or more agencies, " + from + " to " + to;
        } catch (DateTimeParseException e) {
            Messages.error("This list does not exist: go back to the dashboard and choose a figure.");
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    public List<BusinessRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxRows() {
        return StatsQueries.MAX_ROWS;
    }

    /** An agency manager's list holds only the businesses their own agency referred or received. */
    public boolean isOwnAgencyOnly() {
        return ownAgencyOnly;
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

    public Integer getAgencies() {
        return agencies;
    }

    public void setAgencies(Integer agencies) {
        this.agencies = agencies;
    }
}
