package org.eyesandears.reporting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.InterestScope;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.register.service.InterestQueries;
import org.eyesandears.referral.model.OutcomeCategory;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.error.AccessDeniedException;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * The lists behind the feedback-category and business figures of the dashboard (the routing
 * figures' own lists are in {@link StatsQueries#routings}). Access is checked here: an agency
 * manager lists only routings to their own agency, and only businesses their agency referred or
 * received a referral about; every list is audited.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class DrillDownQueries {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditService audit;

    @Inject
    AgreementService agreements;

    @Inject
    InterestQueries interest;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Routings to {@code agency} (all agencies when blank, partnership managers only) created in the
     * period whose feedback carried the usefulness or the outcome category given (exactly one).
     */
    public List<RoutingRow> routingsWithFeedback(LocalDate from, LocalDate to, String agency, String usefulness,
                                                 String outcome) {
        Caller caller = currentCaller.get().withScope();
        boolean hasAgency = agency != null && !agency.isBlank();
        if (caller.hasAgency() && !caller.agencyCode().equals(agency)) {
            throw new AccessDeniedException("An agency manager sees the routings to their own agency only.");
        }
        boolean byUsefulness = usefulness != null && !usefulness.isBlank();
        boolean byOutcome = outcome != null && !outcome.isBlank();
        if (byUsefulness == byOutcome) {
            throw invalid("usefulness", "Give either a usefulness or an outcome category.");
        }
        Object category;
        try {
            category = byUsefulness ? Usefulness.valueOf(usefulness) : OutcomeCategory.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw invalid(byUsefulness ? "usefulness" : "outcome", "There is no such category.");
        }
        Period period = period(from, to);
        TypedQuery<RoutingRow> query = em.createQuery(RoutingRow.QUERY
                + " where g.createdAt >= :start and g.createdAt < :end and g.feedbackAt is not null"
                + (byUsefulness ? " and g.usefulness = :category" : " and g.outcomeCategory = :category")
                + (hasAgency ? " and g.agencyCode = :agency" : "")
                + " order by g.createdAt desc, g.id desc", RoutingRow.class);
        query.setParameter("start", period.start());
        query.setParameter("end", period.end());
        query.setParameter("category", category);
        if (hasAgency) {
            query.setParameter("agency", agency);
        }
        List<RoutingRow> rows = query.setMaxResults(StatsQueries.MAX_ROWS).getResultList();
        audit.record(AuditOperation.CONSULTATION, AuditObject.ROUTING_LIST, hasAgency ? agency : AgencyFigures.ALL,
                "Dashboard drill-down " + (byUsefulness ? "usefulness " : "outcome ") + category + " " + period.from()
                        + " to " + period.to() + ": " + rows.size() + " routings", null);
        return rows;
    }

    /**
     * Businesses of interest to at least {@code agencies} agencies (2 or 3) at some time in the
     * period, by the business context's one definition ({@link InterestQueries}, ADR 0032), most
     * agencies first. An agency manager gets those their own agency was interested in; a
     * partnership manager all. Only agencies whose interest the caller may know count, and only
     * those they may name are named (ADR 0017): the list can be shorter than the dashboard's
     * partnership-wide count.
     */
    public List<BusinessRow> businesses(LocalDate from, LocalDate to, Integer agencies) {
        return businesses(from, to, agencies, null);
    }

    /** As {@link #businesses(LocalDate, LocalDate, Integer)}, of one kind of business only (a code; null for all). */
    public List<BusinessRow> businesses(LocalDate from, LocalDate to, Integer agencies, String businessType) {
        Caller caller = currentCaller.get().withScope();
        if (agencies == null || agencies < 2) {
            throw invalid("agencies", "Give the number of agencies, 2 or more.");
        }
        Period period = period(from, to);
        List<InterestQueries.SharedInterest> shared = interest.sharedDuring(period.start(), period.end(), agencies,
                caller.hasAgency() ? caller.agencyCode() : null, businessType, StatsQueries.MAX_ROWS);
        java.util.Map<Long, Object[]> businesses = new java.util.HashMap<>();
        if (!shared.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select id, trading_name, postcode from business where id in (:ids)")
                    .setParameter("ids", shared.stream().map(InterestQueries.SharedInterest::businessId).toList())
                    .getResultList();
            found.forEach(r -> businesses.put(((Number) r[0]).longValue(), r));
        }
        InterestScope scope = agreements.interestScope();
        List<BusinessRow> rows = shared.stream().filter(s -> businesses.containsKey(s.businessId()))
                .sorted(java.util.Comparator.comparingLong(InterestQueries.SharedInterest::agencies).reversed()
                        .thenComparing(s -> (String) businesses.get(s.businessId())[1]))
                .map(s -> new BusinessRow(s.businessId(), (String) businesses.get(s.businessId())[1],
                        (String) businesses.get(s.businessId())[2], s.agencies(),
                        named(scope, String.join(", ", s.agencyCodes()))))
                .toList();
        audit.record(AuditOperation.CONSULTATION, AuditObject.BUSINESS_LIST, caller.hasAgency() ? caller.agencyCode()
                : AgencyFigures.ALL, "Dashboard drill-down businesses of interest to " + agencies + "+ agencies "
                + (businessType == null || businessType.isBlank() ? "" : "of kind " + businessType.strip() + " ")
                + period.from() + " to " + period.to() + ": " + rows.size() + " businesses", null);
        return rows;
    }

    /** "FIRE, FOOD" of the codes the reader may name, then "and 1 other" for the rest. */
    static String named(InterestScope scope, String codes) {
        List<String> all = List.of(codes.split(", "));
        List<String> named = all.stream().filter(scope::names).toList();
        int others = all.size() - named.size();
        return String.join(", ", named) + (others == 0 ? "" : (named.isEmpty() ? "" : " and ") + others
                + (others == 1 ? " other" : " others"));
    }

    private Period period(LocalDate from, LocalDate to) {
        return Period.of(from, to, London.today(clock));
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
