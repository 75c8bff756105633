package org.eyesandears.reporting.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eyesandears.triage.service.OverdueCount;

/**
 * The dashboard's tables as CSV (RFC 4180: comma separated, CRLF, fields quoted when they hold a
 * comma, quote or line break; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run
 * it as a formula). Each table carries the period and the previous period where it has one.
 */
public final class StatsCsv {

    /** The tables that can be exported, by the name used in the export address. */
    public static final List<String> TABLES =
            List.of("matrix", "agencies", "usefulness", "outcomes", "officers", "businesses", "overdue", "targets",
                    "visits", "visit_sizes", "visit_agencies", "follow_ups", "teams", "use");

    private StatsCsv() {
    }

    /** The named table, or null when there is no such table. */
    public static String table(String name, StatsSummary s) {
        return switch (name) {
            case "matrix" -> periods(s, f -> f.matrix(), List.of("from_agency", "to_agency", "routings"),
                    x -> Arrays.asList(x.from(), x.to(), x.routings()));
            case "agencies" -> periods(s, f -> withTotal(f), List.of("agency", "agency_name", "referrals_sent",
                    "routings_sent", "routings_received", "feedback_given", "feedback_within_target",
                    "feedback_target_days", "feedback_rate_pct", "feedback_within_target_pct", "triaged",
                    "triage_median_days", "triage_p90_days", "feedback_median_days", "feedback_p90_days"),
                    a -> Arrays.asList(a.agency(), a.agencyName(), a.referralsSent(), a.routingsSent(), a.routingsReceived(),
                            a.feedbackGiven(), a.feedbackWithinTarget(),
                            AgencyFigures.ALL.equals(a.agency()) ? null : a.feedbackTargetDays(), a.feedbackRatePct(),
                            a.feedbackWithinTargetPct(), a.triaged(), a.triageMedianDays(), a.triageP90Days(),
                            a.feedbackMedianDays(), a.feedbackP90Days()));
            case "usefulness" -> periods(s, f -> f.usefulness(), List.of("agency", "usefulness", "routings"),
                    c -> Arrays.asList(c.agency(), c.category(), c.count()));
            case "outcomes" -> periods(s, f -> f.outcomes(), List.of("agency", "outcome_category", "routings"),
                    c -> Arrays.asList(c.agency(), c.category(), c.count()));
            case "officers" -> periods(s, f -> f.officers(), List.of("username", "name", "referrals"),
                    o -> Arrays.asList(o.username(), o.name(), o.referrals()));
            case "businesses" -> periods(s, f -> businessRows(f), List.of("month", "two_or_more_agencies",
                    "three_or_more_agencies"), m -> Arrays.asList(m.month(), m.twoOrMore(), m.threeOrMore()));
            case "overdue" -> csv(List.of("agency", "agency_name", "awaiting_decision", "awaiting_feedback"),
                    overdueRows(s), o -> Arrays.asList(o.agency(), o.agencyName(), o.awaitingDecision(), o.awaitingFeedback()));
            case "targets" -> csv(List.of("period_from", "period_to", "agency", "agency_name", "criterion", "target",
                    "measured", "met"), s.targets(), t -> Arrays.asList(s.period().from(), s.period().to(), t.agency(),
                    t.agencyName(), t.criterion(), t.target(), t.measured(), t.met() == null ? (t.notYetDue() ? "not yet due" : "") : t.met() ? "yes" : "no"));
            case "visits" -> periods(s, f -> f.visits() == null ? List.<VisitFigures>of() : List.of(f.visits()),
                    List.of("scope", "joint_visits_held", "mean_agencies_per_visit", "partnership_joint_visits_held",
                            "partnership_mean_agencies_per_visit"),
                    v -> Arrays.asList(s.scope(), v.held(), v.meanAgencies(), v.heldPartnership(), v.meanAgenciesPartnership()));
            case "visit_sizes" -> periods(s, f -> f.visits() == null ? List.<VisitFigures.SizeCount>of()
                    : f.visits().agenciesPerVisit(), List.of("scope", "agencies", "joint_visits"),
                    c -> Arrays.asList(s.scope(), c.agencies(), c.visits()));
            case "visit_agencies" -> periods(s, f -> visitAgencyRows(f), List.of("agency", "agency_name",
                    "joint_visits", "outcomes_recorded", "arrests", "notices", "seizures", "advice_given"),
                    a -> Arrays.asList(a.agency(), a.agencyName(), a.visits(), a.outcomesRecorded(), a.arrests(),
                            a.notices(), a.seizures(), a.adviceGiven()));
            case "teams" -> periods(s, f -> f.teams(), List.of("team", "referrals"),
                    t -> Arrays.asList(t.label(), t.referrals()));
            case "use" -> periods(s, f -> useRows(f), List.of("agency", "agency_name", "officers", "active_officers",
                    "referrals", "referrals_per_100_officers", "cards_timed", "card_to_send_median_seconds",
                    "card_to_send_p90_seconds", "feedback_rated", "feedback_rated_useful", "feedback_useful_pct",
                    "automatic_links", "automatic_links_undone", "automatic_links_undone_pct"),
                    u -> Arrays.asList(u.agency(), u.agencyName(), u.officers(), u.activeOfficers(), u.referrals(),
                            u.referralsPer100Officers(), u.cardsTimed(), u.composeMedianSeconds(), u.composeP90Seconds(),
                            u.feedbackRated(), u.feedbackRatedUseful(), u.feedbackUsefulPct(), u.autoLinks(),
                            u.autoLinksUndone(), u.autoLinksUndonePct()));
            case "follow_ups" -> csv(List.of("agency", "agency_name", "follow_ups_overdue"), followUpRows(s),
                    f -> Arrays.asList(f.agency(), f.agencyName(), f.overdue()));
            default -> null;
        };
    }

    private static List<VisitFigures.AgencyVisits> visitAgencyRows(Figures f) {
        if (f.visits() == null) {
            return List.of();
        }
        List<VisitFigures.AgencyVisits> rows = new ArrayList<>(f.visits().agencies());
        rows.add(f.visits().partnership());
        return rows;
    }

    private static List<UseFigures.AgencyUse> useRows(Figures f) {
        if (f.use() == null) {
            return List.of();
        }
        List<UseFigures.AgencyUse> rows = new ArrayList<>(f.use().agencies());
        rows.add(f.use().partnership());
        return rows;
    }

    private static List<FollowUpCount> followUpRows(StatsSummary s) {
        List<FollowUpCount> rows = new ArrayList<>(s.followUpsOverdue());
        rows.add(new FollowUpCount(AgencyFigures.ALL, "Partnership", s.followUpsOverdueTotal()));
        return rows;
    }

    private static List<AgencyFigures> withTotal(Figures f) {
        List<AgencyFigures> rows = new ArrayList<>(f.agencies());
        rows.add(f.partnership());
        return rows;
    }

    private static List<Figures.Month> businessRows(Figures f) {
        List<Figures.Month> rows = new ArrayList<>(f.businesses().months());
        rows.add(new Figures.Month("whole period", f.businesses().twoOrMore(), f.businesses().threeOrMore()));
        return rows;
    }

    private static List<OverdueCount> overdueRows(StatsSummary s) {
        List<OverdueCount> rows = new ArrayList<>(s.overdue());
        rows.add(s.overdueTotal());
        return rows;
    }

    /** Rows of the current period, then of the previous, each prefixed with its period. */
    private static <T> String periods(StatsSummary s, Function<Figures, List<T>> rows, List<String> header,
                                      Function<T, List<?>> fields) {
        List<String> fullHeader = new ArrayList<>(List.of("period_from", "period_to"));
        fullHeader.addAll(header);
        StringBuilder out = new StringBuilder(line(fullHeader));
        for (var pair : List.of(new Object[] {s.period(), s.current()}, new Object[] {s.previousPeriod(), s.previous()})) {
            Period p = (Period) pair[0];
            for (T row : rows.apply((Figures) pair[1])) {
                List<Object> values = new ArrayList<>(List.of(p.from(), p.to()));
                values.addAll(fields.apply(row));
                out.append(line(values));
            }
        }
        return out.toString();
    }

    /**
     * The routings behind a dashboard figure, one line each; a referral graded C carries its handling
     * conditions, an erased one the day of its erasure, so that nobody shares a C referral from a
     * spreadsheet without seeing the conditions.
     */
    public static String routings(List<RoutingRow> rows) {
        return csv(List.of("reference", "business", "from_agency", "to_agency", "status", "routed_at",
                        "first_decision_due", "first_decision_at", "feedback_due", "feedback_at", "handling_code",
                        "handling_conditions", "erased_on"), rows,
                r -> Arrays.asList(r.reference(), r.business(), r.fromAgency(), r.toAgency(), r.status(),
                        r.createdAt(), r.firstDecisionDue(), r.firstDecisionAt(), r.feedbackDue(), r.feedbackAt(),
                        r.handlingConditions() == null ? "" : "C", r.handlingConditions(), r.erasedOn()));
    }

    private static <T> String csv(List<String> header, List<T> rows, Function<T, List<?>> fields) {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(r -> out.append(line(fields.apply(r))));
        return out.toString();
    }

    static String line(List<?> values) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(cell(v));
        }
        return String.join(",", cells) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.toLowerCase(Locale.ROOT).matches("-?\\d+(\\.\\d+)?");
    }
}
