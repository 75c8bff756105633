package org.eyesandears.visit.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.InterestScope;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.Business;
import org.eyesandears.business.register.service.InterestQueries;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.query.Like;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.visit.model.ClashOverride;
import org.eyesandears.visit.model.FollowUpTask;
import org.eyesandears.visit.model.InvitationResponse;
import org.eyesandears.visit.model.Operation;
import org.eyesandears.visit.model.Visit;
import org.eyesandears.visit.model.VisitOutcome;
import org.eyesandears.visit.model.VisitStatus;

/**
 * Reads for the shared events calendar. Every member of staff sees that a visit is planned, where
 * and by whom (that is what stops two agencies visiting the same business in the same week); the
 * details (risk notes, officers, prompting referrals, outcomes) are for the agencies taking part,
 * and of the referrals each reader sees only those they may see anyway. Reading details is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
public class VisitQueries {

    static final int MAX_VISITS = 2000;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    AgreementService agreements;

    @Inject
    ReferralQueries referrals;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    InterestQueries interest;

    @PersistenceContext
    EntityManager em;

    /**
     * Visits starting in the filter's period, earliest first, at most {@value #MAX_VISITS}; the list
     * shown is audited as a consultation of those visits.
     */
    public List<VisitSummary> calendar(VisitFilter filter) {
        StringBuilder jpql = new StringBuilder("select v from Visit v where 1 = 1");
        if (filter.from() != null) {
            jpql.append(" and v.startsAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and v.startsAt < :to");
        }
        if (filter.agency() != null && !filter.agency().isBlank()) {
            jpql.append(" and exists (select a from Visit w join w.agencies a where w = v and a.agencyCode = :agency)");
        }
        if (filter.district() != null && !filter.district().isBlank()) {
            jpql.append(" and v.postcodeDistrict = :district");
        }
        if (filter.businessId() != null) {
            jpql.append(" and v.business.id = :business");
        }
        if (filter.operationId() != null) {
            jpql.append(" and v.operation.id = :operation");
        }
        jpql.append(" order by v.startsAt, v.id");
        // The visits with their business and operation in one query; agencies come in batches (Visit).
        var graph = em.createEntityGraph(Visit.class);
        graph.addAttributeNodes("business", "operation");
        TypedQuery<Visit> query = em.createQuery(jpql.toString(), Visit.class).setMaxResults(MAX_VISITS)
                .setHint("jakarta.persistence.fetchgraph", graph);
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.agency() != null && !filter.agency().isBlank()) {
            query.setParameter("agency", filter.agency().trim());
        }
        if (filter.district() != null && !filter.district().isBlank()) {
            query.setParameter("district", filter.district().trim().toUpperCase(java.util.Locale.UK));
        }
        if (filter.businessId() != null) {
            query.setParameter("business", filter.businessId());
        }
        if (filter.operationId() != null) {
            query.setParameter("operation", filter.operationId());
        }
        Caller caller = currentCaller.get();
        Map<String, String> names = agencies.agencyNames();
        List<VisitSummary> visits = query.getResultList().stream().map(v -> summary(v, caller, names)).toList();
        audit.recordList(AuditObject.VISIT, "calendar", visits.stream().map(VisitSummary::id).toList(),
                "visit calendar from " + filter.from() + " to " + filter.to());
        return visits;
    }

    /**
     * The subject access helper's visits (auditors): every visit whose business's name, risk notes,
     * cancellation reason or recorded findings contain the text (case ignored), earliest first, at
     * most {@value #MAX_VISITS}. Each one found is audited as a consultation ("subject access").
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<SubjectVisit> namingSubject(String text) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        String like = Like.containing(text);
        List<Visit> found = em.createQuery("select v from Visit v join v.business b"
                        + " where lower(b.tradingName) like :n escape '!' or lower(v.riskNotes) like :n escape '!'"
                        + " or lower(v.cancelReason) like :n escape '!' or exists (select o from VisitOutcome o"
                        + " where o.visit = v and lower(o.findings) like :n escape '!')"
                        + " order by v.startsAt, v.id", Visit.class)
                .setParameter("n", like).setMaxResults(MAX_VISITS).getResultList();
        Map<Long, List<String>> findingsBy = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select o.visit.id, o.agencyCode from VisitOutcome o where o.visit in :visits"
                            + " and lower(o.findings) like :n escape '!' order by o.agencyCode", Object[].class)
                    .setParameter("visits", found).setParameter("n", like).getResultList()
                    .forEach(o -> findingsBy.computeIfAbsent((Long) o[0], k -> new ArrayList<>()).add((String) o[1]));
        }
        List<SubjectVisit> visits = new ArrayList<>();
        for (Visit v : found) {
            List<String> matched = new ArrayList<>();
            if (contains(v.getBusiness().getTradingName(), needle)) {
                matched.add("business name");
            }
            if (contains(v.getRiskNotes(), needle)) {
                matched.add("risk notes");
            }
            if (contains(v.getCancelReason(), needle)) {
                matched.add("cancellation reason");
            }
            findingsBy.getOrDefault(v.getId(), List.of()).forEach(agency -> matched.add("findings of " + agency));
            visits.add(new SubjectVisit(v.getId(), v.getStartsAt(), v.getBusiness().getTradingName(), v.getLeadAgency(),
                    v.getStatus().name(), matched));
            audit.record(AuditOperation.CONSULTATION, AuditObject.VISIT, String.valueOf(v.getId()), "subject access", null);
        }
        return visits;
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** One visit as the caller may see it; details are audited as a consultation. */
    public Optional<VisitDetail> detail(long id) {
        Visit v = em.find(Visit.class, id);
        if (v == null) {
            return Optional.empty();
        }
        Caller caller = currentCaller.get();
        Map<String, String> names = agencies.agencyNames();
        VisitSummary summary = summary(v, caller, names);
        boolean details = mayReadDetails(v, caller);
        List<VisitDetail.Participant> participants = v.getAgencies().stream()
                .map(a -> new VisitDetail.Participant(a.getAgencyCode(), names.getOrDefault(a.getAgencyCode(),
                        a.getAgencyCode()), a.getHeadCount(), a.getResponse().name(),
                        mayReadDeclineReason(v, a.getAgencyCode(), caller) ? a.getDeclineReason() : null,
                        a.getAgencyCode().equals(v.getLeadAgency())))
                .toList();
        boolean declineReasonShown = participants.stream().anyMatch(p -> p.declineReason() != null);
        boolean open = v.getStatus() == VisitStatus.PROPOSED || v.getStatus() == VisitStatus.CONFIRMED;
        boolean canRespond = open && caller.hasAgency() && !caller.agencyCode().equals(v.getLeadAgency())
                && (caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.DESK))
                && v.agency(caller.agencyCode()).isPresent();
        boolean canRecord = caller.hasAgency() && v.committed(caller.agencyCode())
                && v.getStatus() != VisitStatus.CANCELLED && !v.getStartsAt().isAfter(clock.instant())
                && (caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.DESK));
        List<VisitDetail.PastVisit> history = em.createQuery("select w from Visit w where w.business = :b"
                        + " and w <> :v order by w.startsAt desc", Visit.class)
                .setParameter("b", v.getBusiness()).setParameter("v", v).setMaxResults(20).getResultList().stream()
                .map(w -> new VisitDetail.PastVisit(w.getId(), w.getStartsAt(),
                        names.getOrDefault(w.getLeadAgency(), w.getLeadAgency()), w.getStatus().name()))
                .toList();
        if (!details) {
            if (declineReasonShown) {
                audit.record(AuditOperation.CONSULTATION, AuditObject.VISIT, String.valueOf(id), "decline reason", null);
            }
            return Optional.of(new VisitDetail(summary, null, participants, false, null, List.of(),
                    List.of(), List.of(), List.of(), List.of(), history, open && VisitService.canEdit(v, caller),
                    canRespond, false));
        }
        audit.record(AuditOperation.CONSULTATION, AuditObject.VISIT, String.valueOf(id), null, null);
        List<VisitDetail.Officer> officers = v.getOfficers().stream()
                .map(o -> new VisitDetail.Officer(o.getUsername(), o.getDisplayName(),
                        names.getOrDefault(o.getAgencyCode(), o.getAgencyCode()))).toList();
        List<VisitDetail.Outcome> outcomes = em.createQuery("select o from VisitOutcome o where o.visit = :v"
                        + " order by o.recordedAt", VisitOutcome.class).setParameter("v", v).getResultList().stream()
                .map(o -> new VisitDetail.Outcome(o.getAgencyCode(), names.getOrDefault(o.getAgencyCode(),
                        o.getAgencyCode()), o.getConcernsFound(), o.getFindings(), o.getArrests(), o.getNotices(), o.getSeizures(),
                        o.isAdviceGiven(), o.getRecordedBy(), o.getRecordedAt())).toList();
        List<VisitDetail.Task> tasks = em.createQuery("select t from FollowUpTask t where t.visit = :v"
                        + " order by t.dueOn, t.id", FollowUpTask.class).setParameter("v", v).getResultList().stream()
                .map(t -> new VisitDetail.Task(t.getId(), names.getOrDefault(t.getAgencyCode(), t.getAgencyCode()),
                        t.getDescription(), t.getOwner(), t.getDueOn(), t.getDoneAt() != null)).toList();
        List<VisitDetail.Override> overrides = em.createQuery("select c from ClashOverride c where c.visit = :v"
                        + " order by c.overriddenAt", ClashOverride.class).setParameter("v", v).getResultList().stream()
                .map(c -> new VisitDetail.Override(c.getKind().name(), c.getDetail(), c.getReason(),
                        c.getOverriddenBy(), c.getOverriddenAt())).toList();
        return Optional.of(new VisitDetail(summary, v.getCancelReason(), participants, true, v.getRiskNotes(),
                officers, referrals.briefs(v.getReferralIds()), outcomes, tasks, overrides, history,
                open && VisitService.canEdit(v, caller), canRespond, canRecord));
    }

    /**
     * How many visits not cancelled start in [from, to) with the agency taking part (lead, accepted
     * or invited), for its weekly digest (runs as an administrator).
     */
    @RolesAllowed(Roles.ADMIN)
    public long countTakingPart(String agencyCode, java.time.Instant from, java.time.Instant to) {
        return countTakingPartUnchecked(agencyCode, from, to);
    }

    private long countTakingPartUnchecked(String agencyCode, java.time.Instant from, java.time.Instant to) {
        return em.createQuery("select count(distinct v) from Visit v join v.agencies a where a.agencyCode = :agency"
                        + " and a.response <> :declined and v.status <> :cancelled and v.startsAt >= :from"
                        + " and v.startsAt < :to", Long.class)
                .setParameter("agency", agencyCode).setParameter("declined", InvitationResponse.DECLINED)
                .setParameter("cancelled", VisitStatus.CANCELLED).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    /**
     * Visits, not yet started and not cancelled or done, to which the caller's agency is invited and
     * has not answered, soonest first (the home page's work queue of desks and coordinators). The
     * list shown is audited as a consultation of those visits, like the calendar.
     */
    @RolesAllowed({Roles.DESK, Roles.COORDINATOR})
    public List<VisitSummary> invitationsAwaitingAnswer() {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return List.of();
        }
        Map<String, String> names = agencies.agencyNames();
        List<VisitSummary> visits = em.createQuery("select distinct v from Visit v join fetch v.business join v.agencies a"
                        + " where a.agencyCode = :agency and a.response = :invited and v.status in :open"
                        + " and v.startsAt >= :now order by v.startsAt, v.id", Visit.class)
                .setParameter("agency", caller.agencyCode()).setParameter("invited", InvitationResponse.INVITED)
                .setParameter("open", List.of(VisitStatus.PROPOSED, VisitStatus.CONFIRMED))
                .setParameter("now", clock.instant())
                .setMaxResults(200)
                .getResultList().stream().map(v -> summary(v, caller, names)).toList();
        audit.recordList(AuditObject.VISIT, "invitations awaiting " + caller.agencyCode(), visits.stream().map(VisitSummary::id).toList(),
                "invitations awaiting an answer");
        return visits;
    }

    /**
     * How many visits the caller's agency takes part in (leads, accepted or still invited) in the
     * next {@code days} days, not cancelled: a count for the coordinator's home page, no detail.
     */
    @RolesAllowed(Roles.COORDINATOR)
    public long countMineWithin(int days) {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return 0;
        }
        java.time.Instant now = clock.instant();
        return countTakingPartUnchecked(caller.agencyCode(), now, now.plus(java.time.Duration.ofDays(Math.max(0, days))));
    }

    /**
     * The businesses of visits the caller was named on and that have started, not cancelled, the
     * latest first, each once with when that visit started: the concern card offers them with one
     * tap. Business ids of the caller's own visits only, so no consultation is recorded.
     */
    @RolesAllowed(Roles.OFFICER)
    public Map<Long, java.time.Instant> myRecentVisitBusinesses(int max) {
        Map<Long, java.time.Instant> recent = new java.util.LinkedHashMap<>();
        em.createQuery("select v.business.id, max(v.startsAt) from Visit v join v.officers o"
                        + " where o.username = :me and v.startsAt <= :now and v.status <> :cancelled"
                        + " group by v.business.id order by max(v.startsAt) desc", Object[].class)
                .setParameter("me", currentCaller.get().username())
                .setParameter("now", clock.instant())
                .setParameter("cancelled", org.eyesandears.visit.model.VisitStatus.CANCELLED)
                .setMaxResults(Math.min(Math.max(1, max), 20))
                .getResultList()
                .forEach(row -> recent.put((Long) row[0], (java.time.Instant) row[1]));
        return recent;
    }

    /** The caller's open follow-up tasks, soonest due first. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST})
    public List<FollowUpItem> myFollowUps() {
        var today = London.today(clock);
        return em.createQuery("select t from FollowUpTask t where t.owner = :me and t.doneAt is null"
                        + " order by t.dueOn, t.id", FollowUpTask.class)
                .setParameter("me", currentCaller.get().username())
                .setMaxResults(200)
                .getResultList().stream()
                .map(t -> new FollowUpItem(t.getId(), t.getVisit().getId(), t.getVisit().getBusiness().getTradingName(),
                        t.getDescription(), t.getDueOn(), t.getDueOn().isBefore(today)))
                .toList();
    }

    /**
     * Agencies with an interest in the business now (or in the records merged into it), by the
     * business context's one definition ({@link InterestQueries}: open routings and referrals,
     * adverse records within their period): those a planner should invite, as far as the caller may
     * know of them ({@link InterestScope}): agencies they may not name are summed into one entry
     * without a code, "other agencies"; agencies whose interest is not shared with the caller's
     * agency are left out altogether.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public List<AgencyInterest> interestedAgencies(long businessId) {
        Map<String, String> names = agencies.agencyNames();
        InterestScope scope = agreements.interestScope();
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (InterestQueries.InterestSource source : interest.sourcesNow(businessId)) {
            long[] n = counts.computeIfAbsent(source.agencyCode(), k -> new long[3]);
            switch (source.kind()) {
                case InterestQueries.ROUTING -> n[0] += source.count();
                case InterestQueries.REFERRAL -> n[1] += source.count();
                default -> n[2] += source.count();
            }
        }
        List<AgencyInterest> found = new ArrayList<>();
        long[] others = new long[3];
        counts.forEach((code, n) -> {
            if (scope.names(code)) {
                found.add(new AgencyInterest(code, names.getOrDefault(code, code), n[0], n[1], n[2]));
            } else {
                for (int i = 0; i < 3; i++) {
                    others[i] += n[i];
                }
            }
        });
        if (others[0] + others[1] + others[2] > 0) {
            found.add(new AgencyInterest(null, AgencyInterest.OTHER_AGENCIES, others[0], others[1], others[2]));
        }
        found.sort(Comparator.comparing((AgencyInterest a) -> a.openRoutings() + a.openReferrals() + a.adverseRecords())
                .reversed().thenComparing(AgencyInterest::agencyName));
        return found;
    }

    /**
     * Businesses in a postcode district (or anywhere, when blank) of interest now to two or more
     * agencies ({@link InterestQueries}; records merged into a business count as that business)
     * and no visit planned from now on: the joint visits still to plan. Only agencies whose interest
     * the caller may know count.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.MANAGER})
    public List<BusinessOfInterest> unvisitedOfInterest(String district) {
        return unvisitedOfInterest(district, null);
    }

    /** As {@link #unvisitedOfInterest(String)}, of one kind of business only (a {@code BusinessTypes} code; null for all). */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.MANAGER})
    public List<BusinessOfInterest> unvisitedOfInterest(String district, String businessType) {
        Map<Long, Long> agenciesPerBusiness = new java.util.LinkedHashMap<>();
        Map<Long, List<String>> namesPerBusiness = new java.util.HashMap<>();
        InterestScope scope = agreements.interestScope();
        Map<String, String> agencyNames = agencies.agencyNames();
        interest.sharedNow(2, java.time.Instant.EPOCH, district, businessType, 500).forEach(s -> {
            agenciesPerBusiness.put(s.businessId(), s.agencies());
            List<String> names = new java.util.ArrayList<>(s.agencyCodes().stream().filter(scope::names)
                    .map(code -> agencyNames.getOrDefault(code, code)).toList());
            if (names.size() < s.agencyCodes().size()) {
                names.add(AgencyInterest.OTHER_AGENCIES);
            }
            namesPerBusiness.put(s.businessId(), names);
        });
        if (agenciesPerBusiness.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> planned = new java.util.HashSet<>(em.createQuery("select coalesce(m.id, b.id) from Visit v"
                        + " join v.business b left join b.mergedInto m where coalesce(m.id, b.id) in :ids"
                        + " and v.status <> :cancelled and v.endsAt > :now", Long.class)
                .setParameter("ids", agenciesPerBusiness.keySet())
                .setParameter("cancelled", VisitStatus.CANCELLED)
                .setParameter("now", clock.instant())
                .getResultList());
        Map<Long, Business> byId = new java.util.HashMap<>();
        em.createQuery("select b from Business b where b.id in :ids", Business.class)
                .setParameter("ids", agenciesPerBusiness.keySet()).getResultList().forEach(b -> byId.put(b.getId(), b));
        return agenciesPerBusiness.entrySet().stream()
                .filter(e -> !planned.contains(e.getKey()) && byId.containsKey(e.getKey()))
                .limit(200)
                .map(e -> new BusinessOfInterest(e.getKey(), byId.get(e.getKey()).getTradingName(),
                        byId.get(e.getKey()).getPostcode(), e.getValue(), byId.get(e.getKey()).getBusinessType() == null
                                ? null : byId.get(e.getKey()).getBusinessType().label(),
                        namesPerBusiness.get(e.getKey())))
                .toList();
    }

    /** Visits to any of the given register entries, newest first, in outline: for the business page. */
    public List<VisitSummary> toBusinesses(java.util.Collection<Long> businessIds) {
        if (businessIds.isEmpty()) {
            return List.of();
        }
        Caller caller = currentCaller.get();
        Map<String, String> names = agencies.agencyNames();
        return em.createQuery("select v from Visit v where v.business.id in :ids order by v.startsAt desc", Visit.class)
                .setParameter("ids", businessIds)
                .setMaxResults(100)
                .getResultList().stream().map(v -> summary(v, caller, names)).toList();
    }

    /**
     * The given visits in outline (what the shared calendar shows everyone), latest start first,
     * at most {@value #MAX_VISITS}: the lists behind the dashboard's visit figures.
     */
    public List<VisitSummary> outlines(java.util.Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return List.of();
        }
        Caller caller = currentCaller.get();
        Map<String, String> names = agencies.agencyNames();
        return em.createQuery("select v from Visit v where v.id in :ids order by v.startsAt desc, v.id desc", Visit.class)
                .setParameter("ids", visitIds)
                .setMaxResults(MAX_VISITS)
                .getResultList().stream().map(v -> summary(v, caller, names)).toList();
    }

    /**
     * The visits that a referral prompted, if the caller may see the referral (nothing otherwise),
     * earliest first, each with every agency's outcome as far as that agency's
     * sharing agreement with the caller's agency lets it tell (docs/visits.md, "Visit notices"):
     * everything within one agency or under full disclosure; whether concerns were found and what was
     * done under outcome-only; "actioned" under received-or-actioned.
     */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST, Roles.ADMIN,
            Roles.AUDITOR})
    public List<PromptedVisit> promptedBy(String reference) {
        Caller caller = currentCaller.get();
        Optional<Long> referral = referrals.visibleId(reference);
        if (referral.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = agencies.agencyNames();
        List<Visit> found = em.createQuery("select v from Visit v where :referral member of v.referralIds"
                        + " order by v.startsAt", Visit.class)
                .setParameter("referral", referral.get())
                .getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VisitOutcome>> outcomes = new HashMap<>();
        em.createQuery("select o from VisitOutcome o where o.visit in :visits order by o.recordedAt", VisitOutcome.class)
                .setParameter("visits", found)
                .getResultList()
                .forEach(o -> outcomes.computeIfAbsent(o.getVisit().getId(), k -> new ArrayList<>()).add(o));
        return found.stream().map(v -> new PromptedVisit(v.getId(), v.getStartsAt(),
                names.getOrDefault(v.getLeadAgency(), v.getLeadAgency()), v.getStatus().name(),
                outcomes.getOrDefault(v.getId(), List.of()).stream().map(o -> PromptedVisit.Outcome.disclosed(
                        names.getOrDefault(o.getAgencyCode(), o.getAgencyCode()),
                        caller.hasAgency() ? agreements.disclosureLevel(caller.agencyCode(), o.getAgencyCode())
                                : FeedbackLevel.RECEIVED_ACTIONED, o)).toList())).toList();
    }

    /** Operations, newest first, with their number of visits. */
    public List<OperationSummary> operations() {
        return em.createQuery("select o, (select count(v) from Visit v where v.operation = o) from Operation o"
                        + " order by o.startsOn desc", Object[].class)
                .setMaxResults(200)
                .getResultList().stream()
                .map(row -> {
                    Operation o = (Operation) row[0];
                    return new OperationSummary(o.getId(), o.getName(), o.getLeadAgency(), o.getStartsOn(),
                            o.getEndsOn(), o.getArea(), o.getDescription(), (Long) row[1]);
                })
                .toList();
    }

    /**
     * Whether the caller may read why an agency declined: the declining agency itself, the planner
     * and the lead agency (who must find another way). Other participants see only that it declined.
     */
    static boolean mayReadDeclineReason(Visit v, String decliningAgency, Caller caller) {
        return caller.username().equals(v.getCreatedBy()) || caller.hasAgency()
                && (caller.agencyCode().equals(decliningAgency) || caller.agencyCode().equals(v.getLeadAgency()));
    }

    /** Whether the caller's agency takes part in (or planned) the visit: who reads its details. */
    static boolean mayReadDetails(Visit v, Caller caller) {
        return caller.username().equals(v.getCreatedBy())
                || caller.hasAgency() && v.agency(caller.agencyCode())
                .filter(a -> a.getResponse() != InvitationResponse.DECLINED).isPresent();
    }

    /** Where a visit happens, as officers read it: the first address line and the town. */
    static String address(Business b) {
        return b.getTown() == null || b.getTown().isBlank() ? b.getAddressLine1()
                : b.getAddressLine1() + ", " + b.getTown();
    }

    static VisitSummary summary(Visit v, Caller caller, Map<String, String> names) {
        Business b = v.getBusiness();
        return new VisitSummary(v.getId(), b.getId(), b.getTradingName(), address(b), b.getPostcode(),
                v.getPostcodeDistrict(), v.getStartsAt(), v.getEndsAt(), v.getPurpose().name(), v.getLeadAgency(),
                names.getOrDefault(v.getLeadAgency(), v.getLeadAgency()),
                v.getAgencies().stream().filter(a -> a.getResponse() != InvitationResponse.DECLINED)
                        .map(a -> a.getAgencyCode()).toList(),
                v.getStatus().name(), v.getOperation() == null ? null : v.getOperation().getId(),
                v.getOperation() == null ? null : v.getOperation().getName(), mayReadDetails(v, caller),
                v.getLockVersion());
    }
}
