package org.eyesandears.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.Figures;
import org.eyesandears.reporting.service.StatsSummary;
import org.eyesandears.reporting.service.TeamCount;
import org.eyesandears.reporting.service.UseFigures;
import org.eyesandears.reporting.service.VisitFigures;

/**
 * The dashboard's tables as the page reads them from one {@link StatsSummary}: the flow matrix, the
 * previous period's row beside each current one, joint visits by size and agency, referrals by
 * team. Pure, like {@link DashboardCharts} and {@link DashboardLinks}, so {@link DashboardView}
 * only loads the figures and hands them out ({@code #{dashboardView.tables.flow(a, b)}}).
 */
public final class DashboardTables {

    private final StatsSummary summary;

    public DashboardTables(StatsSummary summary) {
        this.summary = summary;
    }

    /** A partnership-wide view (scope ALL) rather than one agency's. */
    public boolean isPartnershipView() {
        return AgencyFigures.ALL.equals(summary.scope());
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
        // Dark text on every shade: on the darkest (85 % of #1d70b8 over white) it still has 5:1,
        // where white text had 3.9:1.
        return "background-color: rgba(29, 112, 184, " + Math.round(share * 85) / 100.0 + "); color: #0b0c0c";
    }

    /** The previous period's figures of the same agency (or the partnership, ALL), for comparison. */
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

    /** Joint visits of the current period with {@code agencies} agencies. */
    public long size(int agencies) {
        return size(summary.current().visits(), agencies);
    }

    /** Joint visits of the previous period with {@code agencies} agencies (in the same scope). */
    public long previousSize(int agencies) {
        return size(summary.previous().visits(), agencies);
    }

    private static long size(VisitFigures v, int agencies) {
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

    /**
     * Agencies' rows in joint visits and the partnership: in a partnership view only the agencies
     * that took part in either period; in one agency's view, all of its rows.
     */
    public List<VisitFigures.AgencyVisits> getVisitAgencyRows() {
        List<VisitFigures.AgencyVisits> rows = new ArrayList<>(summary.current().visits().agencies().stream()
                .filter(a -> a.visits() > 0 || (previousVisits(a.agency()) != null && previousVisits(a.agency()).visits() > 0)
                        || !isPartnershipView())
                .toList());
        rows.add(summary.current().visits().partnership());
        return rows;
    }

    /** Teams with referrals in either period: the current period's order, then the previous one's. */
    public List<String> getTeamLabels() {
        Set<String> labels = new LinkedHashSet<>();
        summary.current().teams().forEach(t -> labels.add(t.label()));
        summary.previous().teams().forEach(t -> labels.add(t.label()));
        return new ArrayList<>(labels);
    }

    public long teamCount(Figures f, String label) {
        return f.teams().stream().filter(t -> t.label().equals(label)).mapToLong(TeamCount::referrals).sum();
    }

    /** Agencies' rows of the figures for use, then the partnership's. */
    public List<UseFigures.AgencyUse> getUseRows() {
        UseFigures use = summary.current().use();
        if (use == null) {
            return List.of();
        }
        List<UseFigures.AgencyUse> rows = new ArrayList<>(use.agencies());
        rows.add(use.partnership());
        return rows;
    }

    /** The previous period's figures for use of the same agency (or the partnership, ALL). */
    public UseFigures.AgencyUse previousUse(String code) {
        UseFigures use = summary.previous().use();
        if (use == null) {
            return null;
        }
        if (AgencyFigures.ALL.equals(code)) {
            return use.partnership();
        }
        return use.agencies().stream().filter(a -> a.agency().equals(code)).findFirst().orElse(null);
    }

    /** Seconds as people say them: "45 s", "2 min 05 s"; "-" when nothing was measured. */
    public String duration(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + String.format(java.util.Locale.ROOT, "%02d", s % 60) + " s";
    }

    /** "2 of 3 (66.7%)", or "none" when the whole is 0. */
    public String share(long part, long whole, Double pct) {
        return whole == 0 ? "none" : part + " of " + whole + " (" + pct + "%)";
    }
}
