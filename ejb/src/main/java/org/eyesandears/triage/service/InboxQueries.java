package org.eyesandears.triage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.referral.model.Overdue;
import org.eyesandears.referral.model.Routing;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.shared.query.Like;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;

/**
 * A desk's inbox: only routings to the caller's own agency, urgent first, then newest, one page at
 * a time, with the filters the desk chose. Which routings are overdue: {@link Overdue}.
 */
@Stateless
@RolesAllowed(Roles.DESK)
public class InboxQueries {

    static final int MAX_PAGE = 200;

    /** Served by the index (agency_code, [status,] urgent, created_at, id). */
    private static final String URGENT_FIRST_THEN_NEWEST = " order by g.urgent desc, g.createdAt desc, g.id desc";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @PersistenceContext
    EntityManager em;

    public List<InboxItem> inbox(InboxFilter filter, int first, int max) {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return List.of();
        }
        // Load each routing's referral and business with it (an entity graph: strict JPA allows
        // no alias on a fetch join, and the filters need the aliases).
        EntityGraph<Routing> withReferral = em.createEntityGraph(Routing.class);
        withReferral.addSubgraph("referral").addAttributeNodes("business");
        List<Routing> page = query("select g from Routing g", filter, caller, URGENT_FIRST_THEN_NEWEST, Routing.class)
                .setHint("jakarta.persistence.fetchgraph", withReferral)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
        Map<String, Set<String>> receivers = receiversByIndicator();
        LocalDate today = London.today(clock);
        audit.recordList(AuditObject.ROUTING, "inbox", page.stream().map(Routing::getId).toList(),
                "desk inbox of " + caller.agencyCode() + " from row " + Math.max(0, first));
        return page.stream().map(g -> item(g, receivers, today)).toList();
    }

    /**
     * Overdue routings now, per agency, for managers: no first decision after its due date, and
     * (separately) no feedback after its due date while not closed. Counted in the database. An
     * agency manager gets their own agency's row only; a partnership manager (no agency) every agency.
     */
    @RolesAllowed(Roles.MANAGER)
    public List<OverdueCount> overdueByAgency() {
        Caller caller = currentCaller.get().withScope();
        return overdueCounts().stream()
                .filter(o -> !caller.hasAgency() || caller.agencyCode().equals(o.agency())).toList();
    }

    /** The partnership's totals of {@link #overdueByAgency()} (agency {@code ALL}): counts, no detail. */
    @RolesAllowed(Roles.MANAGER)
    public OverdueCount overduePartnershipTotal() {
        List<OverdueCount> all = overdueCounts();
        return new OverdueCount("ALL", "Partnership", all.stream().mapToLong(OverdueCount::awaitingDecision).sum(),
                all.stream().mapToLong(OverdueCount::awaitingFeedback).sum());
    }

    /**
     * One agency's open urgent routings and overdue counts, for the weekly digest sent to its desks
     * (which runs as no user, so as an administrator); counts only.
     */
    @RolesAllowed(Roles.ADMIN)
    public DeskCounts deskCounts(String agencyCode) {
        return countsOf(agencyCode);
    }

    private DeskCounts countsOf(String agencyCode) {
        long urgent = em.createQuery("select count(g) from Routing g where g.agencyCode = :agency and g.urgent = true"
                        + " and g.status <> :closed", Long.class)
                .setParameter("agency", agencyCode).setParameter("closed", RoutingStatus.CLOSED).getSingleResult();
        OverdueCount overdue = overdueCounts().stream().filter(o -> o.agency().equals(agencyCode)).findFirst()
                .orElse(new OverdueCount(agencyCode, agencyCode, 0, 0));
        return new DeskCounts(urgent, overdue.awaitingDecision(), overdue.awaitingFeedback());
    }

    /**
     * The caller's agency's work now, for the desk's home page: routings not yet looked at (new),
     * urgent ones not closed, and those overdue for a first decision or for feedback. Counts only,
     * counted in the database; the inbox behind each count audits what it lists.
     */
    public DeskQueue myQueue() {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return new DeskQueue(0, 0, 0, 0);
        }
        long fresh = em.createQuery("select count(g) from Routing g where g.agencyCode = :agency and g.status = :new",
                        Long.class)
                .setParameter("agency", caller.agencyCode()).setParameter("new", RoutingStatus.NEW).getSingleResult();
        DeskCounts counts = countsOf(caller.agencyCode());
        return new DeskQueue(fresh, counts.urgentOpen(), counts.awaitingDecision(), counts.awaitingFeedback());
    }

    /** A desk's home-page counts: new routings, urgent open ones, overdue for a decision and for feedback. */
    public record DeskQueue(long newRoutings, long urgentOpen, long overdueDecision, long overdueFeedback) {
    }

    /** Counts for a desk's weekly digest. */
    public record DeskCounts(long urgentOpen, long awaitingDecision, long awaitingFeedback) {
    }

    private List<OverdueCount> overdueCounts() {
        LocalDate today = London.today(clock);
        Map<String, String> names = agencies.agencyNames();
        Map<String, long[]> counts = new java.util.TreeMap<>();
        // Read from the per-due-date counts that triggers keep (V100, ADR 0016), not from the routings.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(Overdue.AWAITING_SQL)
                .setParameter("today", today)
                .getResultList();
        for (Object[] row : rows) {
            int column = "D".equals(String.valueOf(row[1])) ? 0 : 1;
            counts.computeIfAbsent((String) row[0], k -> new long[2])[column] = ((Number) row[2]).longValue();
        }
        return counts.entrySet().stream().map(e -> new OverdueCount(e.getKey(),
                names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
    }

    public long count(InboxFilter filter) {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return 0;
        }
        return query("select count(g) from Routing g", filter, caller, "", Long.class).getSingleResult();
    }

    /**
     * Joins the referral and business only when a filter needs them, so that the common queries
     * run on the routing table's own indexes (a million routings: see docs/performance.md).
     */
    private <T> TypedQuery<T> query(String select, InboxFilter f, Caller caller, String order, Class<T> type) {
        boolean byBusiness = f.business() != null && !f.business().isBlank();
        boolean byReferrer = f.referringAgency() != null && !f.referringAgency().isBlank();
        String joins = byBusiness ? " join g.referral r join r.business b" : byReferrer ? " join g.referral r" : "";
        StringBuilder where = new StringBuilder(" where g.agencyCode = :agency");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"agency", caller.agencyCode()});
        if (f.status() != null) {
            where.append(" and g.status = :status");
            params.add(new Object[] {"status", f.status()});
        }
        if (f.urgency() != null) {
            where.append(" and g.urgent = :urgent");
            params.add(new Object[] {"urgent", f.urgency() == org.eyesandears.referral.model.Urgency.URGENT});
        }
        if (f.from() != null) {
            where.append(" and g.createdAt >= :from");
            params.add(new Object[] {"from", f.from().atStartOfDay(London.ZONE).toInstant()});
        }
        if (f.to() != null) {
            where.append(" and g.createdAt < :to");
            params.add(new Object[] {"to", f.to().plusDays(1).atStartOfDay(London.ZONE).toInstant()});
        }
        if (byBusiness) {
            where.append(" and lower(b.tradingName) like :business escape '!'");
            params.add(new Object[] {"business", Like.containing(f.business())});
        }
        if (byReferrer) {
            where.append(" and r.authorAgencyCode = :referringAgency");
            params.add(new Object[] {"referringAgency", f.referringAgency()});
        }
        if (f.assignee() != null && !f.assignee().isBlank()) {
            where.append(" and g.assignee = :assignee");
            params.add(new Object[] {"assignee", f.assignee()});
        }
        TypedQuery<T> query = em.createQuery(select + joins + where + order, type);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query;
    }

    private Map<String, Set<String>> receiversByIndicator() {
        Map<String, Set<String>> map = new java.util.HashMap<>();
        for (IndicatorSummary i : agencies.listIndicators()) {
            map.put(i.code(), Set.copyOf(i.receivingAgencies()));
        }
        return map;
    }

    private static InboxItem item(Routing g, Map<String, Set<String>> receivers, LocalDate today) {
        var r = g.getReferral();
        List<String> forThisAgency = r.getIndicators().stream()
                .filter(i -> receivers.getOrDefault(i.getCode(), Set.of()).contains(g.getAgencyCode()))
                .map(i -> i.getWording()).toList();
        if (forThisAgency.isEmpty() && r.getOtherConcern() != null) {
            forThisAgency = List.of("Other: " + r.getOtherConcern());
        }
        return new InboxItem(g.getId(), g.getLockVersion(), r.getReference(), r.getBusiness().getId(),
                r.getBusiness().getTradingName(),
                r.getBusiness().getPostcode(), g.getStatus().name(), r.getUrgency().name(), forThisAgency,
                r.getAuthorAgencyCode(), g.getCreatedAt(), g.getFirstDecisionDue(), g.getFeedbackDue(),
                Overdue.of(g, today), g.getAssignee(), r.getHandlingConditions(), r.getErasedOn());
    }
}
