package org.eyesandears.reporting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.register.service.InterestQueries;
import org.eyesandears.referral.model.Overdue;
import org.eyesandears.reporting.model.SuccessTarget;
import org.eyesandears.reporting.service.Figures.BusinessInterest;
import org.eyesandears.reporting.service.Figures.CategoryCount;
import org.eyesandears.reporting.service.Figures.Flow;
import org.eyesandears.reporting.service.Figures.Month;
import org.eyesandears.reporting.service.Figures.OfficerCount;
import org.eyesandears.shared.error.AccessDeniedException;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.triage.service.OverdueCount;

/**
 * The managers' figures, aggregated in the database (docs/metrics.md defines each one). An agency
 * manager sees their own agency's rows, the flows to and from it, its officers, and the
 * partnership totals; a partnership manager (a manager in no agency group) sees every agency but
 * no officer names. The period figures add up the daily counts that triggers keep in
 * routing_day_figure (V100, ADR 0016) from each routing's reporting columns (its referral's agency
 * and business, its working-day durations counted with the reporting_day calendar: V70, ADR 0012,
 * {@link WorkingDayCalendar}); only the businesses of interest read the period's routings.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class StatsQueries {

    /** The longest period one request may ask for. */
    static final int MAX_DAYS = Period.MAX_DAYS;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    InboxQueries inbox;

    @Inject
    AuditService audit;

    @Inject
    VisitStatsQueries visitStats;

    @Inject
    InterestQueries interestQueries;

    @Inject
    TeamStatsQueries teamStats;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The default period: the 28 days up to and including today (London). */
    public Period defaultPeriod() {
        return Period.of(null, null, London.today(clock));
    }

    /**
     * The dashboard's figures for a period and the one before it, narrowed to {@code agency} when
     * given (an agency manager may only give their own).
     */
    public StatsSummary summary(LocalDate from, LocalDate to, String agency) {
        Caller caller = currentCaller.get().withScope();
        Period period = validPeriod(from, to);
        String scope = scope(caller, agency);
        Map<String, AgencySummary> known = agencies.agenciesByCode();
        Map<String, DayCounts[]> days = new HashMap<>();
        Figures current = figures(period, scope, caller, known, true, days);
        Figures previous = figures(period.previous(), scope, caller, known, false, new HashMap<>());
        List<OverdueCount> overdue = inbox.overdueByAgency().stream().filter(o -> visible(scope, o.agency())).toList();
        OverdueCount total = inbox.overduePartnershipTotal();
        List<TargetResult> targets = targets(scope, known, days);
        audit.record(AuditOperation.CONSULTATION, AuditObject.STATISTICS, scope,
                "Dashboard figures " + period.from() + " to " + period.to(), null);
        return new StatsSummary(period, period.previous(), scope,
                current.withVisits(visitStats.figures(period, scope)).withTeams(teamStats.teams(period, scope)),
                previous.withVisits(visitStats.figures(period.previous(), scope))
                        .withTeams(teamStats.teams(period.previous(), scope)), overdue, total, targets,
                visitStats.followUpsOverdue(scope), visitStats.followUpsOverdueTotal());
    }

    /** The most routings one drill-down lists. */
    public static final int MAX_ROWS = 500;

    /**
     * The routings behind a figure, newest first (at most {@link #MAX_ROWS}). An agency manager may
     * list only routings to or from their own agency; a partnership manager any, or all agencies
     * when {@code agency} is blank.
     */
    public List<RoutingRow> routings(DrillDown kind, LocalDate from, LocalDate to, String agency, String toAgency) {
        Caller caller = currentCaller.get().withScope();
        if (kind == null) {
            throw invalid("kind", "Say which routings to list.");
        }
        Period period = validPeriod(from, to);
        boolean hasAgency = agency != null && !agency.isBlank();
        if (kind == DrillDown.FLOW && (!hasAgency || toAgency == null || toAgency.isBlank())) {
            throw invalid("toAgency", "Give both the referring and the receiving agency.");
        }
        if (caller.hasAgency()) {
            boolean own = caller.agencyCode().equals(agency)
                    || (kind == DrillDown.FLOW && caller.agencyCode().equals(toAgency));
            if (!own) {
                throw new AccessDeniedException("An agency manager sees the routings to and from their own agency only.");
            }
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String agencyColumn = kind == DrillDown.SENT || kind == DrillDown.FLOW ? "r.authorAgencyCode" : "g.agencyCode";
        if (hasAgency) {
            where.append(" and ").append(agencyColumn).append(" = :agency");
            params.put("agency", agency);
        }
        LocalDate today = London.today(clock);
        switch (kind) {
            case OVERDUE_DECISION -> {
                where.append(" and ").append(Overdue.DECISION_JPQL);
                params.put("today", today);
            }
            case OVERDUE_FEEDBACK -> {
                where.append(" and ").append(Overdue.FEEDBACK_JPQL);
                params.put("today", today);
            }
            default -> {
                where.append(" and g.createdAt >= :start and g.createdAt < :end");
                params.put("start", period.start());
                params.put("end", period.end());
                if (kind == DrillDown.FLOW) {
                    where.append(" and g.agencyCode = :toAgency");
                    params.put("toAgency", toAgency);
                } else if (kind == DrillDown.FEEDBACK_GIVEN) {
                    where.append(" and g.feedbackAt is not null");
                } else if (kind == DrillDown.NO_FEEDBACK) {
                    where.append(" and g.feedbackAt is null");
                }
            }
        }
        var query = em.createQuery(RoutingRow.QUERY + where + " order by g.createdAt desc, g.id desc", RoutingRow.class);
        params.forEach(query::setParameter);
        List<RoutingRow> rows = query.setMaxResults(MAX_ROWS).getResultList();
        audit.record(AuditOperation.CONSULTATION, AuditObject.ROUTING_LIST, hasAgency ? agency : AgencyFigures.ALL,
                "Dashboard drill-down " + kind + (toAgency == null ? "" : " to " + toAgency) + ": " + rows.size()
                        + " routings", null);
        return rows;
    }

    /** {@code ALL} for a partnership-wide view, else the one agency the figures are narrowed to. */
    String scope(Caller caller, String requested) {
        boolean wantsOne = requested != null && !requested.isBlank();
        if (caller.hasAgency()) {
            if (wantsOne && !requested.equals(caller.agencyCode())) {
                throw new AccessDeniedException("An agency manager sees the figures of their own agency only.");
            }
            return caller.agencyCode();
        }
        if (!wantsOne) {
            return AgencyFigures.ALL;
        }
        if (!agencies.agenciesByCode().containsKey(requested)) {
            throw invalid("agency", "There is no agency with the code " + requested + ".");
        }
        return requested;
    }

    static boolean visible(String scope, String agency) {
        return AgencyFigures.ALL.equals(scope) || scope.equals(agency);
    }

    Period validPeriod(LocalDate from, LocalDate to) {
        return Period.of(from, to, London.today(clock));
    }

    /**
     * One period's figures, from one pass over the period's rows of routing_day_figure (a few per
     * day and agency, kept by triggers: V100 and ADR 0016): flows, referrals sent, working days to
     * decision and to feedback counted per agency and number of days (from which medians and
     * percentiles follow exactly), and feedback categories; plus the businesses. {@code days}
     * receives the per-agency day counts.
     */
    private Figures figures(Period period, String scope, Caller caller, Map<String, AgencySummary> known,
                            boolean months, Map<String, DayCounts[]> days) {
        List<Flow> allFlows = new ArrayList<>();
        Map<String, Long> referralsSent = new HashMap<>();
        List<CategoryCount> usefulness = new ArrayList<>();
        List<CategoryCount> outcomes = new ArrayList<>();
        Map<String, Long> usefulnessAll = new TreeMap<>();
        Map<String, Long> outcomesAll = new TreeMap<>();
        Query daily = em.createNativeQuery("select f.facet, f.agency_code, f.referring_agency_code, f.working_days,"
                + " f.category, sum(f.routings) from routing_day_figure f where f.created_on between :from and :to"
                + " group by f.facet, f.agency_code, f.referring_agency_code, f.working_days, f.category"
                + " having sum(f.routings) > 0 order by f.facet, f.agency_code, f.category");
        for (Object[] r : days(period, daily)) {
            String agency = (String) r[1];
            long count = num(r[5]);
            switch (String.valueOf(r[0]).charAt(0)) {
                case 'R' -> {
                    allFlows.add(new Flow((String) r[2], agency, count));
                    addDays(days, agency, 0, -1, count);
                }
                case 'S' -> referralsSent.merge((String) r[2], count, Long::sum);
                case 'D' -> addDays(days, agency, 1, num(r[3]), count);
                case 'F' -> addDays(days, agency, 2, num(r[3]), count);
                case 'U' -> category(usefulness, usefulnessAll, scope, agency, (String) r[4], count);
                case 'O' -> category(outcomes, outcomesAll, scope, agency, (String) r[4], count);
                default -> throw new IllegalStateException("Unknown facet " + r[0]);
            }
        }
        usefulnessAll.forEach((k, v) -> usefulness.add(new CategoryCount(AgencyFigures.ALL, k, v)));
        outcomesAll.forEach((k, v) -> outcomes.add(new CategoryCount(AgencyFigures.ALL, k, v)));

        Map<String, long[]> flowTotals = new HashMap<>();
        for (Flow f : allFlows) {
            flowTotals.computeIfAbsent(f.from(), k -> new long[2])[0] += f.routings();
            flowTotals.computeIfAbsent(f.to(), k -> new long[2])[1] += f.routings();
        }
        List<AgencyFigures> rows = new ArrayList<>();
        for (AgencySummary a : known.values().stream().sorted(Comparator.comparing(AgencySummary::name)).toList()) {
            if (visible(scope, a.code())) {
                long[] flows = flowTotals.getOrDefault(a.code(), new long[2]);
                rows.add(agencyFigures(a.code(), a.name(), referralsSent.getOrDefault(a.code(), 0L), flows[0], flows[1],
                        days.get(a.code()), a.feedbackTargetDays(), withinTarget(days.get(a.code()), a.feedbackTargetDays())));
            }
        }
        long allRoutings = allFlows.stream().mapToLong(Flow::routings).sum();
        // The partnership's "within target" counts each routing against its own agency's target.
        long allWithin = known.values().stream()
                .mapToLong(a -> withinTarget(days.get(a.code()), a.feedbackTargetDays())).sum();
        AgencyFigures partnership = agencyFigures(AgencyFigures.ALL, "Partnership",
                referralsSent.values().stream().mapToLong(Long::longValue).sum(), allRoutings, allRoutings,
                days.get(AgencyFigures.ALL), 0, allWithin);

        List<Flow> matrix = allFlows.stream().filter(f -> visible(scope, f.from()) || visible(scope, f.to()))
                .sorted(Comparator.comparing(Flow::from).thenComparing(Flow::to)).toList();
        return new Figures(matrix, rows, partnership, usefulness, outcomes, officers(period, caller, scope),
                businesses(period, months));
    }

    /**
     * Counts routings for an agency and for the partnership ({@code ALL}) in one of the day counts:
     * [0] all routings (days -1), [1] working days to the first decision, [2] to feedback.
     */
    private static void addDays(Map<String, DayCounts[]> days, String agency, int which, long workingDays, long count) {
        for (String key : List.of(agency, AgencyFigures.ALL)) {
            days.computeIfAbsent(key, k -> new DayCounts[] {new DayCounts(), new DayCounts(), new DayCounts()})[which]
                    .add(workingDays, count);
        }
    }

    /** Rows arrive ordered by agency and category, so each agency's categories come in order. */
    private static void category(List<CategoryCount> visibleRows, Map<String, Long> totals, String scope, String agency,
                                 String category, long count) {
        totals.merge(category, count, Long::sum);
        if (visible(scope, agency)) {
            visibleRows.add(new CategoryCount(agency, category, count));
        }
    }

    private static long withinTarget(DayCounts[] days, int targetDays) {
        return days == null ? 0 : days[2].atMost(targetDays);
    }

    private static AgencyFigures agencyFigures(String code, String name, long referralsSent, long sent, long received,
                                               DayCounts[] days, int targetDays, long within) {
        if (days == null) {
            return new AgencyFigures(code, name, referralsSent, sent, received, 0, 0, targetDays, null, null, 0L,
                    null, null, null, null);
        }
        long routings = days[0].total();
        long given = days[2].total();
        return new AgencyFigures(code, name, referralsSent, sent, received, given, within, targetDays,
                percent(given, routings), percent(within, routings), days[1].total(),
                days[1].percentile(0.5), days[1].percentile(0.9), days[2].percentile(0.5), days[2].percentile(0.9));
    }

    /** Referrals per officer of the caller's own agency: names go to their own managers only. */
    private List<OfficerCount> officers(Period period, Caller caller, String scope) {
        if (!caller.hasAgency() || !caller.agencyCode().equals(scope)) {
            return List.of();
        }
        Query query = em.createNativeQuery("select r.author_username, coalesce(max(u.display_name), r.author_username),"
                + " count(*) from referral r left join user_profile u on u.username = r.author_username"
                + " where r.author_agency_code = :agency and r.submitted_at >= :start and r.submitted_at < :end"
                + " group by r.author_username order by count(*) desc, r.author_username");
        query.setParameter("agency", scope);
        return rows(period, query).stream().map(r -> new OfficerCount((String) r[0], (String) r[1], num(r[2]))).toList();
    }

    /**
     * Businesses of interest to 2+ and 3+ agencies at any time in the period, by the business
     * context's one definition (open routings and referrals, adverse records within their period;
     * {@link InterestQueries}, ADR 0032); per month only when {@code months} (the current period).
     * Distinct businesses cannot be added up from daily counts: each month is its own query.
     */
    private BusinessInterest businesses(Period period, boolean months) {
        long[] total = interest(period);
        List<Month> perMonth = new ArrayList<>();
        if (months) {
            for (LocalDate first = period.from().withDayOfMonth(1); !first.isAfter(period.to()); first = first.plusMonths(1)) {
                LocalDate from = first.isBefore(period.from()) ? period.from() : first;
                LocalDate last = first.plusMonths(1).minusDays(1);
                long[] month = interest(new Period(from, last.isAfter(period.to()) ? period.to() : last));
                if (month[0] > 0) {
                    perMonth.add(new Month(first.toString().substring(0, 7), month[1], month[2]));
                }
            }
        }
        return new BusinessInterest(total[1], total[2], perMonth);
    }

    /** Businesses of interest in the period: [0] to any agency, [1] to 2+ agencies, [2] to 3+. */
    private long[] interest(Period period) {
        return interestQueries.countsDuring(period.start(), period.end());
    }

    /** Each visible agency's success criteria against the current period's day counts. */
    private List<TargetResult> targets(String scope, Map<String, AgencySummary> known, Map<String, DayCounts[]> days) {
        List<SuccessTarget> set = em.createQuery("select t from SuccessTarget t order by t.agencyCode", SuccessTarget.class)
                .getResultList().stream().filter(t -> visible(scope, t.getAgencyCode())).toList();
        List<TargetResult> results = new ArrayList<>();
        for (SuccessTarget t : set) {
            String name = known.containsKey(t.getAgencyCode()) ? known.get(t.getAgencyCode()).name() : t.getAgencyCode();
            DayCounts[] d = days.get(t.getAgencyCode());
            if (t.getFeedbackRatePct() != null && t.getFeedbackDays() != null) {
                Double measured = d == null ? null : percent(d[2].atMost(t.getFeedbackDays()), d[0].total());
                results.add(new TargetResult(t.getAgencyCode(), name,
                        "Feedback within " + t.getFeedbackDays() + " working days",
                        "at least " + t.getFeedbackRatePct() + "%",
                        measured == null ? "no routings" : measured + "%",
                        measured == null ? null : measured >= t.getFeedbackRatePct()));
            }
            if (t.getTriageMedianDays() != null) {
                Double median = d == null ? null : d[1].percentile(0.5);
                results.add(new TargetResult(t.getAgencyCode(), name, "Median time to first triage decision",
                        "at most " + t.getTriageMedianDays() + " working days",
                        median == null ? "no decisions" : median + " working days",
                        median == null ? null : median <= t.getTriageMedianDays()));
            }
        }
        return results;
    }

    /** Runs a query over the period's instants ({@code :start} included, {@code :end} not). */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Period period, Query query) {
        query.setParameter("start", period.start());
        query.setParameter("end", period.end());
        return query.getResultList();
    }

    /** Runs a query over the period's London dates ({@code :from} to {@code :to}, both included). */
    @SuppressWarnings("unchecked")
    private static List<Object[]> days(Period period, Query query) {
        query.setParameter("from", period.from());
        query.setParameter("to", period.to());
        return query.getResultList();
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
