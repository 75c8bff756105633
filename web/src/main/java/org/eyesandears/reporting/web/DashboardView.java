package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.Figures;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.reporting.service.StatsSummary;
import org.eyesandears.reporting.service.VisitFigures;
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

    public String name(String code) {
        return AgencyFigures.ALL.equals(code) ? "Partnership" : names.getOrDefault(code, code);
    }

    /** Agencies sending (rows) in the matrix, in code order. */
    public List<String> getMatrixFrom() {
        return new ArrayList<>(new TreeSet<>(summary.current().matrix().stream().map(Figures.Flow::from).toList()));
    }

    /** Agencies receiving (columns) in the matrix, in code order. */
    public List<String> getMatrixTo() {
        return new ArrayList<>(new TreeSet<>(summary.current().matrix().stream().map(Figures.Flow::to).toList()));
    }

    /** Whether the caller may see a matrix cell: a partnership view, or a flow to or from their agency. */
    public boolean visibleFlow(String fromAgency, String toAgency) {
        return isPartnershipView() || summary.scope().equals(fromAgency) || summary.scope().equals(toAgency);
    }

    public long flow(String fromAgency, String toAgency) {
        return flow(summary.current(), fromAgency, toAgency);
    }

    public long previousFlow(String fromAgency, String toAgency) {
        return flow(summary.previous(), fromAgency, toAgency);
    }

    private static long flow(Figures f, String fromAgency, String toAgency) {
        return f.matrix().stream().filter(x -> x.from().equals(fromAgency) && x.to().equals(toAgency))
                .mapToLong(Figures.Flow::routings).sum();
    }

    /** Heat-map shading of a matrix cell: darker for more routings; text stays readable. */
    public String heat(String fromAgency, String toAgency) {
        long max = summary.current().matrix().stream().mapToLong(Figures.Flow::routings).max().orElse(0);
        long n = flow(fromAgency, toAgency);
        double share = max == 0 ? 0 : (double) n / max;
        return "background-color: rgba(29, 112, 184, " + Math.round(share * 85) / 100.0 + "); color: "
                + (share > 0.55 ? "#fff" : "#0b0c0c");
    }

    /** The previous period's figures of the same agency, for comparison. */
    public AgencyFigures previous(String code) {
        if (AgencyFigures.ALL.equals(code)) {
            return summary.previous().partnership();
        }
        return summary.previous().agencies().stream().filter(a -> a.agency().equals(code)).findFirst().orElse(null);
    }

    /** Agencies and partnership rows of the current period. */
    public List<AgencyFigures> getAgencyRows() {
        List<AgencyFigures> rows = new ArrayList<>(summary.current().agencies());
        rows.add(summary.current().partnership());
        return rows;
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
        return DashboardCharts.stacked(counts, title);
    }

    public String getBusinessChart() {
        return DashboardCharts.businesses(summary.current().businesses().months());
    }

    public String getFeedbackChart() {
        return DashboardCharts.feedback(getAgencyRows(), this::previous);
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

    /** Joint visits of the previous period with {@code agencies} agencies (in the same scope). */
    public long previousSize(int agencies) {
        VisitFigures v = summary.previous().visits();
        return v == null ? 0 : v.agenciesPerVisit().stream().filter(c -> c.agencies() == agencies)
                .mapToLong(VisitFigures.SizeCount::visits).sum();
    }

    /** The numbers of agencies seen in either period, smallest first. */
    public List<Integer> getVisitSizes() {
        Set<Integer> sizes = new TreeSet<>();
        summary.current().visits().agenciesPerVisit().forEach(c -> sizes.add(c.agencies()));
        if (summary.previous().visits() != null) {
            summary.previous().visits().agenciesPerVisit().forEach(c -> sizes.add(c.agencies()));
        }
        return new ArrayList<>(sizes);
    }

    public long size(int agencies) {
        return summary.current().visits().agenciesPerVisit().stream().filter(c -> c.agencies() == agencies)
                .mapToLong(VisitFigures.SizeCount::visits).sum();
    }

    /** The previous period's part of an agency (or the partnership, ALL) in joint visits. */
    public VisitFigures.AgencyVisits previousVisits(String code) {
        VisitFigures v = summary.previous().visits();
        if (v == null) {
            return null;
        }
        if (AgencyFigures.ALL.equals(code)) {
            return v.partnership();
        }
        return v.agencies().stream().filter(a -> a.agency().equals(code)).findFirst().orElse(null);
    }

    /** Agencies' rows in joint visits (those that took part in either period) and the partnership. */
    public List<VisitFigures.AgencyVisits> getVisitAgencyRows() {
        List<VisitFigures.AgencyVisits> rows = new ArrayList<>(summary.current().visits().agencies().stream()
                .filter(a -> a.visits() > 0 || (previousVisits(a.agency()) != null && previousVisits(a.agency()).visits() > 0)
                        || !isPartnershipView())
                .toList());
        rows.add(summary.current().visits().partnership());
        return rows;
    }

    public String getVisitSizeChart() {
        return DashboardCharts.visitSizes(getVisitSizes(), this::size, this::previousSize);
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

    /** Teams with referrals in either period: the current period's order, then the previous one's. */
    public List<String> getTeamLabels() {
        Set<String> labels = new LinkedHashSet<>();
        summary.current().teams().forEach(t -> labels.add(t.label()));
        summary.previous().teams().forEach(t -> labels.add(t.label()));
        return new ArrayList<>(labels);
    }

    public long teamCount(Figures f, String label) {
        return f.teams().stream().filter(t -> t.label().equals(label))
                .mapToLong(org.eyesandears.reporting.service.TeamCount::referrals).sum();
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
        return summary != null && AgencyFigures.ALL.equals(summary.scope());
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
