package org.eyesandears.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

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

    private static final String[] COLOURS = {"#1d70b8", "#00703c", "#f47738", "#912b88", "#d4351c", "#505a5f",
        "#28a197", "#b58840", "#5694ca", "#85994b"};

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
        try {
            summary = queries.summary(date("from", from), date("to", to), agency);
            from = summary.period().from().toString();
            to = summary.period().to().toString();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), v.message())));
        } catch (EJBAccessException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
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
        return new ArrayList<>(new TreeSet<>(counts.stream().map(Figures.CategoryCount::category).toList()));
    }

    public List<String> categoryAgencies(List<Figures.CategoryCount> counts) {
        Set<String> agencies = new LinkedHashSet<>();
        counts.stream().map(Figures.CategoryCount::agency).filter(a -> !AgencyFigures.ALL.equals(a)).sorted()
                .forEach(agencies::add);
        agencies.add(AgencyFigures.ALL);
        return new ArrayList<>(agencies);
    }

    public long count(List<Figures.CategoryCount> counts, String agencyCode, String category) {
        return counts.stream().filter(c -> c.agency().equals(agencyCode) && c.category().equals(category))
                .mapToLong(Figures.CategoryCount::count).sum();
    }

    /** Chart.js configuration: stacked bars of a category distribution per receiving agency. */
    public String stackedChart(List<Figures.CategoryCount> counts, String title) {
        List<String> agencies = categoryAgencies(counts).stream().filter(a -> !AgencyFigures.ALL.equals(a)).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String category : categories(counts)) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            agencies.forEach(a -> data.add(count(counts, a, category)));
            datasets.add(Json.createObjectBuilder().add("label", label(category)).add("data", data)
                    .add("backgroundColor", COLOURS[i++ % COLOURS.length]));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        agencies.forEach(labels::add);
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("title",
                                Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", Json.createObjectBuilder()
                                .add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    /** Chart.js configuration: businesses of interest to 2+ and 3+ agencies per month (trend lines). */
    public String getBusinessChart() {
        Map<String, long[]> byMonth = new java.util.TreeMap<>();
        for (Figures.Month m : summary.current().businesses().months()) {
            byMonth.put(m.month(), new long[] {m.twoOrMore(), m.threeOrMore()});
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder two = Json.createArrayBuilder();
        JsonArrayBuilder three = Json.createArrayBuilder();
        byMonth.forEach((month, v) -> {
            labels.add(month);
            two.add(v[0]);
            three.add(v[1]);
        });
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Two or more agencies").add("data", two)
                                .add("borderColor", COLOURS[0]).add("backgroundColor", COLOURS[0]))
                        .add(Json.createObjectBuilder().add("label", "Three or more agencies").add("data", three)
                                .add("borderColor", COLOURS[2]).add("backgroundColor", COLOURS[2]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    /** Chart.js configuration: feedback rate per agency, this period against the previous one. */
    public String getFeedbackChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        Map<String, AgencyFigures> prev = new HashMap<>();
        summary.previous().agencies().forEach(a -> prev.put(a.agency(), a));
        for (AgencyFigures a : getAgencyRows()) {
            if (a.routingsReceived() == 0 && previous(a.agency()) != null && previous(a.agency()).routingsReceived() == 0) {
                continue;
            }
            labels.add(AgencyFigures.ALL.equals(a.agency()) ? "Partnership" : a.agency());
            addRate(now, a);
            addRate(before, previous(a.agency()));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "This period").add("data", now)
                                .add("backgroundColor", COLOURS[0]))
                        .add(Json.createObjectBuilder().add("label", "Previous period").add("data", before)
                                .add("backgroundColor", COLOURS[5]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100))))
                .build().toString();
    }

    private static void addRate(JsonArrayBuilder data, AgencyFigures a) {
        if (a == null || a.feedbackRatePct() == null) {
            data.addNull();
        } else {
            data.add(a.feedbackRatePct());
        }
    }

    /** Words for an enum constant: USEFUL_SOMEWHAT becomes "Useful somewhat". */
    public String label(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "12 (previous 9)"-style comparison text for screen readers and tables. */
    public String change(Number now, Number before) {
        if (now == null && before == null) {
            return "-";
        }
        String text = now == null ? "-" : now.toString();
        return text + " (previous " + (before == null ? "-" : before.toString()) + ")";
    }

    /**
     * The address of the routings behind a figure; null when the caller may not list them (an
     * agency manager and the partnership totals, or another agency's row).
     */
    public String link(String kind, String agencyCode, String toAgency) {
        boolean all = agencyCode == null || agencyCode.isBlank() || AgencyFigures.ALL.equals(agencyCode);
        if (!isPartnershipView() && all) {
            return null;
        }
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/reporting/routings.xhtml?kind=").append(kind)
                .append("&from=").append(from).append("&to=").append(to);
        if (!all) {
            url.append("&agency=").append(java.net.URLEncoder.encode(agencyCode, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (toAgency != null && !toAgency.isBlank()) {
            url.append("&toAgency=").append(java.net.URLEncoder.encode(toAgency, java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /**
     * The address of the joint visits behind a visit figure; null when the caller may not list them
     * (an agency manager and the partnership totals). {@code size}: the number of agencies, for AGENCIES.
     */
    public String visitLink(String kind, String agencyCode, Integer size) {
        boolean all = agencyCode == null || agencyCode.isBlank() || AgencyFigures.ALL.equals(agencyCode);
        if (!isPartnershipView() && all) {
            return null;
        }
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/reporting/visits.xhtml?kind=").append(kind)
                .append("&from=").append(from).append("&to=").append(to);
        if (!all) {
            url.append("&agency=").append(java.net.URLEncoder.encode(agencyCode, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (size != null) {
            url.append("&size=").append(size);
        }
        return url.toString();
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

    /** Chart.js configuration: joint visits by number of agencies, this period against the previous one. */
    public String getVisitSizeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (int n : getVisitSizes()) {
            labels.add(n + " agencies");
            now.add(size(n));
            before.add(previousSize(n));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "This period").add("data", now)
                                .add("backgroundColor", COLOURS[0]))
                        .add(Json.createObjectBuilder().add("label", "Previous period").add("data", before)
                                .add("backgroundColor", COLOURS[5]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    /** Chart.js configuration: each agency's recorded outcomes of joint visits as stacked bars. */
    public String getVisitOutcomeChart() {
        List<VisitFigures.AgencyVisits> rows = summary.current().visits().agencies().stream()
                .filter(a -> a.outcomesRecorded() > 0).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(a -> labels.add(a.agency()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] names = {"Arrests", "Notices", "Seizures", "Advice given"};
        for (int i = 0; i < names.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (VisitFigures.AgencyVisits a : rows) {
                data.add(switch (i) {
                    case 0 -> a.arrests();
                    case 1 -> a.notices();
                    case 2 -> a.seizures();
                    default -> a.adviceGiven();
                });
            }
            datasets.add(Json.createObjectBuilder().add("label", names[i]).add("data", data)
                    .add("backgroundColor", COLOURS[i + 1]));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder().add("x", stacked)
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    /** The address of the referrals of one officer (username) or team (label) of the caller's agency. */
    public String referralLink(String officer, String teamLabel) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/reporting/referrals.xhtml?from=").append(from).append("&to=").append(to);
        if (officer != null) {
            url.append("&officer=").append(java.net.URLEncoder.encode(officer, java.nio.charset.StandardCharsets.UTF_8));
        } else if (org.eyesandears.reporting.service.TeamCount.NO_TEAM.equals(teamLabel)) {
            url.append("&noTeam=true");
        } else {
            url.append("&team=").append(java.net.URLEncoder.encode(teamLabel, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return url.toString();
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

    /**
     * The address of the routings whose feedback carried a category (kind "usefulness" or
     * "outcomes"); null when the caller may not list them (an agency manager and the partnership).
     */
    public String feedbackLink(String kind, String agencyCode, String category) {
        String url = link("usefulness".equals(kind) ? "USEFULNESS" : "OUTCOME", agencyCode, null);
        return url == null ? null : url + "&category=" + java.net.URLEncoder.encode(category,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The address of the businesses of interest to at least {@code agencies} agencies in the period. */
    public String businessLink(int agencies) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/reporting/businesses.xhtml?agencies=" + agencies + "&from=" + from + "&to=" + to;
    }

    /** The address of a CSV export of the current period. */
    public String csv(String table) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/stats/export/"
                + table + ".csv?from=" + from + "&to=" + to
                + (agency == null || agency.isBlank() ? "" : "&agency=" + java.net.URLEncoder.encode(agency,
                        java.nio.charset.StandardCharsets.UTF_8));
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
