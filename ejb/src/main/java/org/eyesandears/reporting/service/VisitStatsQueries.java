package org.eyesandears.reporting.service;

import java.time.Clock;
import java.time.LocalDate;
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
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.reporting.service.VisitFigures.AgencyVisits;
import org.eyesandears.reporting.service.VisitFigures.SizeCount;
import org.eyesandears.shared.error.AccessDeniedException;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitSummary;

/**
 * The dashboard's joint-visit figures, aggregated in the database (docs/metrics.md). Kept apart
 * from {@link StatsQueries} so that each can change on its own. An agency manager sees the
 * figures of the visits their agency took part in, their agency's row and the partnership totals;
 * a partnership manager every agency. The lists behind the figures are checked the same way here,
 * not only on the page, and audited.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class VisitStatsQueries {

    /**
     * One row per joint visit held in [:start, :end) before :now: its id and how many agencies took
     * part (the lead is recorded as accepted).
     */
    static final String JOINT_HELD = "select v.id, count(*) as n from visit v"
            + " join visit_agency a on a.visit_id = v.id and a.response = 'ACCEPTED'"
            + " where v.starts_at >= :start and v.starts_at < :end and v.starts_at < :now"
            + " and v.status in ('CONFIRMED', 'DONE') group by v.id having count(*) >= 2";

    /** Visits that are joint visits whatever their date or status (two or more agencies took part). */
    static final String JOINT_EVER = "select a.visit_id from visit_agency a where a.response = 'ACCEPTED'"
            + " group by a.visit_id having count(*) >= 2";

    /** Follow-up tasks of joint visits not done and due before :today. */
    static final String FOLLOW_UPS_OVERDUE = "from follow_up_task f where f.done_at is null and f.due_on < :today"
            + " and f.visit_id in (" + JOINT_EVER + ")";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    VisitQueries visits;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** One period's joint-visit figures for {@code scope} ({@code ALL} or an agency code, already checked). */
    public VisitFigures figures(Period period, String scope) {
        Map<String, AgencySummary> known = agencies.agenciesByCode();
        List<SizeCount> all = sizes(period, null);
        List<SizeCount> inScope = AgencyFigures.ALL.equals(scope) ? all : sizes(period, scope);

        List<AgencyVisits> rows = new ArrayList<>();
        long outcomes = 0;
        long arrests = 0;
        long notices = 0;
        long seizures = 0;
        long advice = 0;
        Map<String, Object[]> byAgency = new HashMap<>();
        for (Object[] r : rows(period, "select a.agency_code, count(*), count(o.id), coalesce(sum(o.arrests), 0),"
                + " coalesce(sum(o.notices), 0), coalesce(sum(o.seizures), 0), coalesce(sum(o.advice_given), 0)"
                + " from (" + JOINT_HELD + ") j join visit_agency a on a.visit_id = j.id and a.response = 'ACCEPTED'"
                + " left join visit_outcome o on o.visit_id = j.id and o.agency_code = a.agency_code"
                + " group by a.agency_code")) {
            byAgency.put((String) r[0], r);
            outcomes += num(r[2]);
            arrests += num(r[3]);
            notices += num(r[4]);
            seizures += num(r[5]);
            advice += num(r[6]);
        }
        for (AgencySummary a : known.values().stream().sorted(Comparator.comparing(AgencySummary::name)).toList()) {
            if (visible(scope, a.code())) {
                Object[] r = byAgency.get(a.code());
                rows.add(r == null ? new AgencyVisits(a.code(), a.name(), 0, 0, 0, 0, 0, 0)
                        : new AgencyVisits(a.code(), a.name(), num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5]),
                        num(r[6])));
            }
        }
        AgencyVisits partnership = new AgencyVisits(AgencyFigures.ALL, "Partnership", held(all), outcomes, arrests,
                notices, seizures, advice);
        return new VisitFigures(held(inScope), held(all), mean(inScope), mean(all), inScope, rows, partnership);
    }

    /** Overdue follow-ups of joint visits now, per agency in the scope, sorted by agency name. */
    public List<FollowUpCount> followUpsOverdue(String scope) {
        Map<String, AgencySummary> known = agencies.agenciesByCode();
        Query query = em.createNativeQuery("select f.agency_code, count(*) " + FOLLOW_UPS_OVERDUE
                + " group by f.agency_code");
        query.setParameter("today", London.today(clock));
        List<FollowUpCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String code = (String) r[0];
            if (visible(scope, code)) {
                counts.add(new FollowUpCount(code, known.containsKey(code) ? known.get(code).name() : code, num(r[1])));
            }
        }
        counts.sort(Comparator.comparing(FollowUpCount::agencyName));
        return counts;
    }

    /** Overdue follow-ups of joint visits now across the partnership. */
    public long followUpsOverdueTotal() {
        Query query = em.createNativeQuery("select count(*) " + FOLLOW_UPS_OVERDUE);
        query.setParameter("today", London.today(clock));
        return num(query.getSingleResult());
    }

    /** The longest period one list may cover (as for the dashboard). */
    static final int MAX_DAYS = Period.MAX_DAYS;

    /** The most visits one drill-down lists. */
    public static final int MAX_ROWS = 500;

    /**
     * The joint visits behind a figure, latest first (at most {@link #MAX_ROWS}), in outline. An
     * agency manager may list only the visits of their own agency; a partnership manager any agency,
     * or all when {@code agency} is blank.
     */
    public List<VisitSummary> visits(VisitDrillDown kind, LocalDate from, LocalDate to, String agency, Integer size) {
        Caller caller = currentCaller.get().withScope();
        if (kind == null) {
            throw invalid("kind", "Say which visits to list.");
        }
        boolean hasAgency = agency != null && !agency.isBlank();
        if (caller.hasAgency() && !caller.agencyCode().equals(agency)) {
            throw new AccessDeniedException("An agency manager sees the visits of their own agency only.");
        }
        if (hasAgency && !agencies.agenciesByCode().containsKey(agency)) {
            throw invalid("agency", "There is no agency with the code " + agency + ".");
        }
        if (kind == VisitDrillDown.AGENCIES && (size == null || size < 2)) {
            throw invalid("size", "Give the number of agencies, 2 or more.");
        }
        Period period = validPeriod(from, to);
        String sql;
        Map<String, Object> params = new HashMap<>();
        String ofAgency = hasAgency ? " and exists (select 1 from visit_agency x where x.visit_id = j.id"
                + " and x.agency_code = :agency and x.response = 'ACCEPTED')" : "";
        switch (kind) {
            case HELD -> sql = "select j.id from (" + JOINT_HELD + ") j where 1 = 1" + ofAgency;
            case AGENCIES -> {
                sql = "select j.id from (" + JOINT_HELD + ") j where j.n = :size" + ofAgency;
                params.put("size", size);
            }
            case OUTCOME_RECORDED -> sql = "select distinct j.id from (" + JOINT_HELD + ") j"
                    + " join visit_outcome o on o.visit_id = j.id" + (hasAgency ? " and o.agency_code = :agency" : "");
            default -> sql = "select distinct f.visit_id " + FOLLOW_UPS_OVERDUE
                    + (hasAgency ? " and f.agency_code = :agency" : "");
        }
        Query query = em.createNativeQuery(sql);
        if (kind == VisitDrillDown.FOLLOW_UPS_OVERDUE) {
            query.setParameter("today", London.today(clock));
        } else {
            query.setParameter("start", period.start());
            query.setParameter("end", period.end());
            query.setParameter("now", clock.instant());
        }
        if (hasAgency) {
            params.put("agency", agency);
        }
        params.forEach(query::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object id : query.setMaxResults(MAX_ROWS).getResultList()) {
            ids.add(num(id));
        }
        List<VisitSummary> rows = visits.outlines(ids);
        audit.record(AuditOperation.CONSULTATION, AuditObject.VISIT_LIST, hasAgency ? agency : AgencyFigures.ALL,
                "Dashboard drill-down " + kind + (size == null ? "" : " of " + size + " agencies") + " "
                        + period.from() + " to " + period.to() + ": " + rows.size() + " visits", null);
        return rows;
    }

    private Period validPeriod(LocalDate from, LocalDate to) {
        return Period.of(from, to, London.today(clock));
    }

    /** Joint visits held per number of agencies, for all or for those {@code agency} took part in. */
    private List<SizeCount> sizes(Period period, String agency) {
        Query query = em.createNativeQuery("select j.n, count(*) from (" + JOINT_HELD + ") j"
                + (agency == null ? "" : " where exists (select 1 from visit_agency x where x.visit_id = j.id"
                + " and x.agency_code = :agency and x.response = 'ACCEPTED')")
                + " group by j.n order by j.n");
        if (agency != null) {
            query.setParameter("agency", agency);
        }
        return rows(period, query).stream().map(r -> new SizeCount((int) num(r[0]), num(r[1]))).toList();
    }

    private static long held(List<SizeCount> sizes) {
        return sizes.stream().mapToLong(SizeCount::visits).sum();
    }

    /** Mean agencies per visit to one decimal place; null when there were no visits. */
    static Double mean(List<SizeCount> sizes) {
        long visits = held(sizes);
        long agencies = sizes.stream().mapToLong(s -> s.agencies() * s.visits()).sum();
        return visits == 0 ? null : Math.round(agencies * 10.0 / visits) / 10.0;
    }

    private List<Object[]> rows(Period period, String sql) {
        return rows(period, em.createNativeQuery(sql));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Period period, Query query) {
        query.setParameter("start", period.start());
        query.setParameter("end", period.end());
        query.setParameter("now", clock.instant());
        return query.getResultList();
    }

    private static boolean visible(String scope, String agency) {
        return AgencyFigures.ALL.equals(scope) || scope.equals(agency);
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
