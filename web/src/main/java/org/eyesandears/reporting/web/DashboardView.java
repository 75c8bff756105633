package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.Figures;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.reporting.service.StatsSummary;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * The manager's dashboard: the period comes from the address (from, to, agency), so a view can be
 * bookmarked and shared; every figure links to the routings behind it.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatsQueries queries;

    @Inject
    AgencyService agencyService;

    @Inject
    org.eyesandears.shared.security.CurrentCaller currentCaller;

    private boolean partnershipManager;

    private String from;
    private String to;
    private String agency;
    private StatsSummary summary;
    private Map<String, String> names;

    /** Reads the figures for the period in the address (viewAction). */
    public void load() {
        names = agencyService.agencyNames();
        partnershipManager = !currentCaller.get().hasAgency();
        // A refused period or role becomes a page message through PageErrorHandler.
        summary = queries.summary(date("from", from), date("to", to), agency);
        from = summary.period().from().toString();
        to = summary.period().to().toString();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(field,
                    "Give a date as YYYY-MM-DD.")));
        }
    }

    /** The figures' tables (matrix, previous period, visits, teams): {@code #{dashboardView.tables...}}. */
    public DashboardTables getTables() {
        return new DashboardTables(summary);
    }

    public String name(String code) {
        return AgencyFigures.ALL.equals(code) ? "Partnership" : names.getOrDefault(code, code);
    }

    /** Usefulness (or outcome) categories present, and the count per agency and category. */
    public List<String> categories(List<Figures.CategoryCount> counts) {
        return DashboardCharts.categories(counts);
    }

    public List<String> categoryAgencies(List<Figures.CategoryCount> counts) {
        return DashboardCharts.categoryAgencies(counts);
    }

    public long count(List<Figures.CategoryCount> counts, String agencyCode, String category) {
        return DashboardCharts.count(counts, agencyCode, category);
    }

    public String stackedChart(List<Figures.CategoryCount> counts, String title) {
        return DashboardCharts.stacked(counts, title, this::name);
    }

    public String getBusinessChart() {
        return DashboardCharts.businesses(summary.current().businesses().months());
    }

    public String getFeedbackChart() {
        DashboardTables t = getTables();
        return DashboardCharts.feedback(t.getAgencyRows(), t::previous);
    }

    /** "12 (previous 9)"-style comparison text for screen readers and tables. */
    public String change(Number now, Number before) {
        if (now == null && before == null) {
            return "-";
        }
        String text = now == null ? "-" : now.toString();
        return text + " (previous " + (before == null ? "-" : before.toString()) + ")";
    }

    /** The routings behind a figure; null when the caller may not list them ({@link DashboardLinks}). */
    public String link(String kind, String agencyCode, String toAgency) {
        return links().routings(kind, agencyCode, toAgency);
    }

    /** The joint visits behind a visit figure; null when the caller may not list them. */
    public String visitLink(String kind, String agencyCode, Integer size) {
        return links().visits(kind, agencyCode, size);
    }

    private DashboardLinks links() {
        return new DashboardLinks(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                from, to, agency, isPartnershipView());
    }

    /** The visit figures' own scope: the agency an agency manager's figures are narrowed to, else ALL. */
    public String getVisitScope() {
        return summary.scope();
    }

    public String getVisitSizeChart() {
        DashboardTables t = getTables();
        return DashboardCharts.visitSizes(t.getVisitSizes(), t::size, t::previousSize);
    }

    public String getVisitOutcomeChart() {
        return DashboardCharts.visitOutcomes(summary.current().visits().agencies());
    }

    /** The referrals of one officer (username) or team (label) of the caller's agency. */
    public String referralLink(String officer, String teamLabel) {
        return links().referrals(officer, teamLabel);
    }

    public String teamLink(String teamLabel) {
        return referralLink(null, teamLabel);
    }

    /** The routings whose feedback carried a category; null when the caller may not list them. */
    public String feedbackLink(String kind, String agencyCode, String category) {
        return links().feedback(kind, agencyCode, category);
    }

    public String businessLink(int agencies) {
        return links().businesses(agencies);
    }

    public String csv(String table) {
        return links().csv(table);
    }

    public StatsSummary getSummary() {
        return summary;
    }

    /** A manager in no agency group: may choose any agency or all, and sees no officer names. */
    public boolean isPartnershipManager() {
        return partnershipManager;
    }

    public boolean isPartnershipView() {
        return summary != null && getTables().isPartnershipView();
    }

    public List<org.eyesandears.agency.service.AgencySummary> getAgencies() {
        return agencyService.listAgencies();
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
}
