package org.eyesandears.reporting.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.shared.security.Roles;

/**
 * The figures for use (issue 16, deliverable 9; docs/metrics.md; ADR 0035): officers and active
 * officers per agency, referrals per 100 officers, the time from opening the concern card to
 * sending it, officers' rating of the feedback they received, and the share of automatic links
 * later undone. Each is one read-only SQL aggregation grouped by agency, joining the tables of the
 * user, referral and business contexts as ADR 0023 allows a figure to; the caller's scope comes
 * from {@link StatsQueries}, which has checked it.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class UseStatsQueries {

    @Inject
    AgencyService agencyService;

    @PersistenceContext
    EntityManager em;

    /** One period's figures for use: each visible agency's row and the partnership's. */
    public UseFigures figures(Period period, String scope) {
        Map<String, long[]> officers = new HashMap<>();
        // Roles are the comma-separated roles of the last sign-in; FIND_IN_SET matches one exactly.
        for (Object[] r : rows(period, "select u.agency_code, count(*) from user_profile u"
                + " where u.agency_code is not null and find_in_set('officer', replace(u.roles, ' ', '')) > 0"
                + " and u.first_login_at < :end and (u.disabled_at is null or u.disabled_at >= :start)"
                + " group by u.agency_code")) {
            officers.put((String) r[0], new long[] {num(r[1])});
        }
        Map<String, long[]> referrals = new HashMap<>();
        for (Object[] r : rows(period, "select r.author_agency_code, count(*), count(distinct r.author_username)"
                + " from referral r where r.submitted_at >= :start and r.submitted_at < :end"
                + " group by r.author_agency_code")) {
            referrals.put((String) r[0], new long[] {num(r[1]), num(r[2])});
        }
        Map<String, DayCounts> compose = new HashMap<>();
        for (Object[] r : rows(period, "select r.author_agency_code, r.compose_seconds, count(*) from referral r"
                + " where r.submitted_at >= :start and r.submitted_at < :end and r.compose_seconds is not null"
                + " group by r.author_agency_code, r.compose_seconds")) {
            for (String key : List.of((String) r[0], AgencyFigures.ALL)) {
                compose.computeIfAbsent(key, k -> new DayCounts()).add(num(r[1]), num(r[2]));
            }
        }
        Map<String, long[]> ratings = new HashMap<>();
        // The period's routings by their London creation date (V70), through the routing's own index,
        // then each one's rating by its key: not every rating ever given.
        for (Object[] r : days(period, "select g.agency_code, count(*), coalesce(sum(f.useful), 0)"
                + " from routing g join feedback_rating f on f.routing_id = g.id"
                + " where g.created_on between :from and :to group by g.agency_code")) {
            ratings.put((String) r[0], new long[] {num(r[1]), num(r[2])});
        }
        Map<String, long[]> links = new HashMap<>();
        for (Object[] r : rows(period, "select d.agency_code, count(*), coalesce(sum(exists (select 1 from link_decision u"
                + " where u.record_id = l.record_id and u.decision = 'UNDONE' and u.decided_at > l.decided_at)), 0)"
                + " from link_decision l join source_record s on s.id = l.record_id"
                + " join source_dataset d on d.id = s.dataset_id"
                + " where l.decision = 'AUTO_LINKED' and l.decided_at >= :start and l.decided_at < :end"
                + " group by d.agency_code")) {
            links.put((String) r[0], new long[] {num(r[1]), num(r[2])});
        }

        List<UseFigures.AgencyUse> rows = new ArrayList<>();
        for (AgencySummary a : agencyService.agenciesByCode().values().stream()
                .sorted(Comparator.comparing(AgencySummary::name)).toList()) {
            if (StatsQueries.visible(scope, a.code())) {
                rows.add(row(a.code(), a.name(), get(officers, a.code(), 0), get(referrals, a.code(), 0),
                        get(referrals, a.code(), 1), compose.get(a.code()), get(ratings, a.code(), 0),
                        get(ratings, a.code(), 1), get(links, a.code(), 0), get(links, a.code(), 1)));
            }
        }
        UseFigures.AgencyUse partnership = row(AgencyFigures.ALL, "Partnership", sum(officers, 0), sum(referrals, 0),
                sum(referrals, 1), compose.get(AgencyFigures.ALL), sum(ratings, 0), sum(ratings, 1), sum(links, 0),
                sum(links, 1));
        return new UseFigures(rows, partnership);
    }

    private static UseFigures.AgencyUse row(String code, String name, long officers, long referrals, long active,
                                            DayCounts compose, long rated, long useful, long autoLinks, long undone) {
        return new UseFigures.AgencyUse(code, name, officers, active, referrals,
                officers == 0 ? null : Math.round(referrals * 1000.0 / officers) / 10.0,
                compose == null ? 0 : compose.total(), compose == null ? null : compose.percentile(0.5),
                compose == null ? null : compose.percentile(0.9), rated, useful, StatsQueries.percent(useful, rated),
                autoLinks, undone, StatsQueries.percent(undone, autoLinks));
    }

    private static long get(Map<String, long[]> counts, String code, int which) {
        long[] c = counts.get(code);
        return c == null ? 0 : c[which];
    }

    private static long sum(Map<String, long[]> counts, int which) {
        return counts.values().stream().mapToLong(c -> c[which]).sum();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Period period, String sql) {
        Query query = em.createNativeQuery(sql);
        query.setParameter("start", period.start());
        query.setParameter("end", period.end());
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> days(Period period, String sql) {
        Query query = em.createNativeQuery(sql);
        query.setParameter("from", period.from());
        query.setParameter("to", period.to());
        return query.getResultList();
    }

    private static long num(Object value) {
        return StatsQueries.num(value);
    }
}
