package org.eyesandears.triage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.eyesandears.referral.model.Routing;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;

/**
 * A desk's inbox: only routings to the caller's own agency, urgent first, then newest, one page at
 * a time, with the filters the desk chose. Overdue means no first decision by its due date, or no
 * feedback by its due date.
 */
@Stateless
@RolesAllowed(Roles.DESK)
public class InboxQueries {

    static final int MAX_PAGE = 200;

    /** Urgency is stored by name, and "URGENT" sorts after "ROUTINE". */
    private static final String URGENT_FIRST_THEN_NEWEST = " order by r.urgency desc, g.createdAt desc, g.id desc";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    Clock clock;

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
        List<Routing> page = query("select g from Routing g join g.referral r join r.business b",
                filter, caller, URGENT_FIRST_THEN_NEWEST, Routing.class)
                .setHint("jakarta.persistence.fetchgraph", withReferral)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
        Map<String, Set<String>> receivers = receiversByIndicator();
        LocalDate today = London.today(clock);
        return page.stream().map(g -> item(g, receivers, today)).toList();
    }

    public long count(InboxFilter filter) {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return 0;
        }
        return query("select count(g) from Routing g join g.referral r join r.business b", filter, caller, "",
                Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, InboxFilter f, Caller caller, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where g.agencyCode = :agency");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"agency", caller.agencyCode()});
        if (f.status() != null) {
            where.append(" and g.status = :status");
            params.add(new Object[] {"status", f.status()});
        }
        if (f.urgency() != null) {
            where.append(" and r.urgency = :urgency");
            params.add(new Object[] {"urgency", f.urgency()});
        }
        if (f.from() != null) {
            where.append(" and g.createdAt >= :from");
            params.add(new Object[] {"from", f.from().atStartOfDay(London.ZONE).toInstant()});
        }
        if (f.to() != null) {
            where.append(" and g.createdAt < :to");
            params.add(new Object[] {"to", f.to().plusDays(1).atStartOfDay(London.ZONE).toInstant()});
        }
        if (f.business() != null && !f.business().isBlank()) {
            where.append(" and lower(b.tradingName) like :business");
            params.add(new Object[] {"business", "%" + f.business().trim().toLowerCase(Locale.UK)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"});
        }
        if (f.referringAgency() != null && !f.referringAgency().isBlank()) {
            where.append(" and r.authorAgencyCode = :referringAgency");
            params.add(new Object[] {"referringAgency", f.referringAgency()});
        }
        if (f.assignee() != null && !f.assignee().isBlank()) {
            where.append(" and g.assignee = :assignee");
            params.add(new Object[] {"assignee", f.assignee()});
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
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
        return new InboxItem(g.getId(), g.getLockVersion(), r.getReference(), r.getBusiness().getTradingName(),
                r.getBusiness().getPostcode(), g.getStatus().name(), r.getUrgency().name(), forThisAgency,
                r.getAuthorAgencyCode(), g.getCreatedAt(), g.getFirstDecisionDue(), g.getFeedbackDue(),
                overdue(g, today), g.getAssignee());
    }

    static boolean overdue(Routing g, LocalDate today) {
        boolean decided = g.getFirstDecisionAt() != null;
        return (!decided && today.isAfter(g.getFirstDecisionDue()))
                || (!g.hasFeedback() && g.getStatus() != RoutingStatus.CLOSED && today.isAfter(g.getFeedbackDue()));
    }
}
