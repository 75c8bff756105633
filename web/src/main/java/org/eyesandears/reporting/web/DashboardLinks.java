package org.eyesandears.reporting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eyesandears.reporting.service.AgencyFigures;
import org.eyesandears.reporting.service.TeamCount;

/**
 * The addresses behind the dashboard's figures, for one period and one reader: each drill-down
 * list, the referrals of an officer or team, and the CSV exports. A link the reader may not follow
 * (an agency manager and the partnership totals) is null, so the page shows the figure as text.
 *
 * @param contextPath     the application's context path ("" at the root)
 * @param from            the period's first day (ISO)
 * @param to              the period's last day (ISO)
 * @param agency          the agency the figures were narrowed to, or null
 * @param partnershipView whether the reader sees every agency
 */
public record DashboardLinks(String contextPath, String from, String to, String agency, boolean partnershipView) {

    /** The routings behind a figure ({@code kind} of DrillDown), of an agency, or a flow to {@code toAgency}. */
    public String routings(String kind, String agencyCode, String toAgency) {
        return list("/reporting/routings.xhtml?kind=" + kind, agencyCode,
                toAgency == null || toAgency.isBlank() ? "" : "&toAgency=" + encode(toAgency));
    }

    /** The joint visits behind a visit figure; {@code size}: the number of agencies, for AGENCIES. */
    public String visits(String kind, String agencyCode, Integer size) {
        return list("/reporting/visits.xhtml?kind=" + kind, agencyCode, size == null ? "" : "&size=" + size);
    }

    /** The routings whose feedback carried a category ({@code kind} "usefulness" or "outcomes"). */
    public String feedback(String kind, String agencyCode, String category) {
        String url = routings("usefulness".equals(kind) ? "USEFULNESS" : "OUTCOME", agencyCode, null);
        return url == null ? null : url + "&category=" + encode(category);
    }

    /** The referrals of one officer (username), or of one team (label) when {@code officer} is null. */
    public String referrals(String officer, String teamLabel) {
        String who = officer != null ? "&officer=" + encode(officer)
                : TeamCount.NO_TEAM.equals(teamLabel) ? "&noTeam=true" : "&team=" + encode(teamLabel);
        return contextPath + "/reporting/referrals.xhtml?from=" + from + "&to=" + to + who;
    }

    /** The businesses of interest to at least {@code agencies} agencies in the period. */
    public String businesses(int agencies) {
        return contextPath + "/reporting/businesses.xhtml?agencies=" + agencies + "&from=" + from + "&to=" + to;
    }

    /** One table of the period as CSV. */
    public String csv(String table) {
        return contextPath + "/reporting/export/" + table + ".csv?from=" + from + "&to=" + to
                + (agency == null || agency.isBlank() ? "" : "&agency=" + encode(agency));
    }

    private String list(String pathAndKind, String agencyCode, String extra) {
        boolean all = agencyCode == null || agencyCode.isBlank() || AgencyFigures.ALL.equals(agencyCode);
        if (!partnershipView && all) {
            return null;
        }
        return contextPath + pathAndKind + "&from=" + from + "&to=" + to + (all ? "" : "&agency=" + encode(agencyCode))
                + extra;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
