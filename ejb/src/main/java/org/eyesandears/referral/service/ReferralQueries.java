package org.eyesandears.referral.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.referral.model.Attachment;
import org.eyesandears.referral.model.Referral;
import org.eyesandears.shared.query.Like;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;

/**
 * Reading referrals, with who-may-see-what in the query itself: a referral is visible to its
 * author, to managers of the author's agency, and to the desks of the agencies it was routed to.
 * To anyone else it does not exist: the same empty answer as for a reference never issued.
 * Every read of a referral is audited as a consultation.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
        Roles.ADMIN, Roles.AUDITOR})
public class ReferralQueries {

    static final int MAX_PAGE = 200;

    /** The visibility rule, shared by every query here. */
    private static final String VISIBLE = "(r.authorUsername = :user"
            + " or (:manager = true and r.authorAgencyCode = :agency)"
            + " or (:desk = true and exists (select g from Routing g where g.referral = r"
            + " and g.agencyCode = :agency)))";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    AgreementService sharing;

    @Inject
    AuditService audit;

    @Inject
    AttachmentStore attachmentStore;

    @Inject
    java.time.Clock clock;

    @Inject
    org.eyesandears.user.service.UserService users;

    @PersistenceContext
    EntityManager em;

    /**
     * For a subject access request (auditors only): every referral naming a person, or about a
     * business, whose name contains {@code name} (case-insensitive). Each one found is audited as
     * a consultation for subject access; the name searched for is not recorded.
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<SubjectReferral> namingSubject(String name) {
        String pattern = Like.containing(name);
        List<Referral> found = em.createQuery("select distinct r from Referral r join r.business b"
                        + " where lower(b.tradingName) like :p escape '!'"
                        + " or exists (select p from Referral r2 join r2.people p where r2 = r"
                        + " and lower(p.nameOrDescription) like :p escape '!')"
                        + " order by r.submittedAt desc", Referral.class)
                .setParameter("p", pattern)
                .setMaxResults(1000)
                .getResultList();
        String needle = name.trim().toLowerCase(java.util.Locale.ROOT);
        List<SubjectReferral> result = found.stream().map(r -> new SubjectReferral(r.getReference(),
                r.getSubmittedAt(), r.getAuthorAgencyCode(), r.getBusiness().getTradingName(),
                r.getBusiness().getTradingName().toLowerCase(java.util.Locale.ROOT).contains(needle),
                r.getPeople().stream()
                        .filter(p -> p.getNameOrDescription().toLowerCase(java.util.Locale.ROOT).contains(needle))
                        .map(p -> p.getNameOrDescription() + " (" + p.getCategory().name().toLowerCase() + ")")
                        .toList(), r.getHandlingConditions(), r.getErasedOn())).toList();
        found.forEach(r -> audit.record(AuditOperation.CONSULTATION, AuditObject.REFERRAL, r.getReference(),
                "subject access", null));
        return result;
    }

    /**
     * Whether a referral with this reference was ever issued, for the auditor's "who has seen it" (so
     * that an unknown reference is not answered "nobody has opened it"). Reads nothing of the referral.
     */
    @RolesAllowed(Roles.AUDITOR)
    public boolean exists(String reference) {
        return reference != null && em.createQuery("select count(r) from Referral r where r.reference = :reference",
                        Long.class).setParameter("reference", reference.trim()).getSingleResult() > 0;
    }

    public Optional<ReferralDetail> find(String reference) {
        Caller caller = currentCaller.get();
        Optional<Referral> referral = visible(em.createQuery(
                "select r from Referral r join fetch r.business where r.reference = :reference and "
                        + VISIBLE, Referral.class), caller)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
        referral.ifPresent(r -> audit.record(AuditOperation.CONSULTATION, AuditObject.REFERRAL, r.getReference(),
                null, null));
        return referral.map(r -> detail(r, caller));
    }

    /**
     * The referral again, right after a change the caller made on its page (an answer, a triage move,
     * feedback): the same visibility as {@link #find}, but no new consultation is recorded, since the
     * reader has not opened it again and the change is audited by the service that made it.
     */
    public Optional<ReferralDetail> reread(String reference) {
        Caller caller = currentCaller.get();
        return visible(em.createQuery("select r from Referral r join fetch r.business where r.reference = :reference and "
                        + VISIBLE, Referral.class), caller)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .map(r -> detail(r, caller));
    }

    private ReferralDetail detail(Referral r, Caller caller) {
        Map<String, String> names = agencies.agencyNames();
        List<ReferralDetail.StatusChange> history = em.createQuery("select e from RoutingEvent e join fetch e.routing"
                        + " where e.routing.referral = :referral order by e.occurredAt, e.id",
                        org.eyesandears.referral.model.RoutingEvent.class)
                .setParameter("referral", r)
                .getResultStream()
                .map(e -> new ReferralDetail.StatusChange(e.getOccurredAt(),
                        names.getOrDefault(e.getRouting().getAgencyCode(), e.getRouting().getAgencyCode()),
                        e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name()))
                .toList();
        return ReferralDetail.of(r, names, caller, sharing::disclosureLevel)
                .withAuthorName(users.displayName(r.getAuthorUsername()).orElse(null))
                .withHistory(history);
    }

    /**
     * The referrals about any of the given businesses that the caller may see, oldest first. Not
     * audited here: the business page that shows them records one consultation naming them.
     */
    public List<BusinessReferral> aboutBusinesses(java.util.Collection<Long> businessIds) {
        if (businessIds.isEmpty()) {
            return List.of();
        }
        return visible(em.createQuery("select r from Referral r where r.business.id in :ids and " + VISIBLE
                + " order by r.submittedAt, r.id", Referral.class), currentCaller.get())
                .setParameter("ids", businessIds)
                .getResultStream()
                .map(r -> new BusinessReferral(r.getReference(), r.getBusiness().getId(), r.getAuthorAgencyCode(),
                        r.getVisitDate(), r.getSubmittedAt(), r.getUrgency().name(), r.getHandlingConditions(),
                        r.getErasedOn()))
                .toList();
    }

    /**
     * The other referrals about the same premises as {@code reference} that the caller may see,
     * newest first, for the referral's page; audited as a list consultation of those referrals.
     */
    public List<BusinessReferral> atSamePremises(String reference) {
        Caller caller = currentCaller.get();
        List<BusinessReferral> found = visible(em.createQuery("select r from Referral r where r.business ="
                        + " (select r0.business from Referral r0 where r0.reference = :reference)"
                        + " and r.reference <> :reference and " + VISIBLE + " order by r.submittedAt desc, r.id desc",
                        Referral.class), caller)
                .setParameter("reference", reference)
                .setMaxResults(50)
                .getResultStream()
                .map(r -> new BusinessReferral(r.getReference(), r.getBusiness().getId(), r.getAuthorAgencyCode(),
                        r.getVisitDate(), r.getSubmittedAt(), r.getUrgency().name(), r.getHandlingConditions(),
                        r.getErasedOn()))
                .toList();
        if (!found.isEmpty()) {
            audit.recordList(AuditObject.REFERRAL, "same premises as " + reference,
                    found.stream().map(BusinessReferral::reference).toList(), "referrals at the same premises");
        }
        return found;
    }

    /** A stored attachment: what to call it, what it is, where its bytes are. */
    public record StoredFile(String fileName, String contentType, long sizeBytes, java.nio.file.Path path) {
    }

    /** An attachment of a referral the caller may see; audited as a consultation. */
    public Optional<StoredFile> attachment(long id) {
        Optional<Attachment> found = visible(em.createQuery("select a from Attachment a join a.referral r"
                + " where a.id = :id and " + VISIBLE, Attachment.class), currentCaller.get())
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        found.ifPresent(a -> audit.record(AuditOperation.CONSULTATION, AuditObject.ATTACHMENT, String.valueOf(a.getId()),
                AuditObject.REFERRAL, a.getReferral().getReference(),
                AuditService.attachmentDetail(a.getReferral().getReference()), null));
        return found.map(a -> new StoredFile(a.getFileName(), a.getContentType(), a.getSizeBytes(),
                attachmentStore.path(a.getStorageKey())));
    }

    /**
     * The caller's own referrals, one page at a time, newest first unless {@code oldestFirst};
     * {@code text}, when given, must appear in the reference or the business name.
     */
    public List<ReferralSummary> mine(String text, boolean oldestFirst, int first, int max) {
        Caller caller = currentCaller.get();
        String order = oldestFirst ? "asc" : "desc";
        List<Referral> page = mineQuery("select r from Referral r join fetch r.business", text, caller,
                " order by r.submittedAt " + order + ", r.id " + order, Referral.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
        Map<String, String> names = agencies.agencyNames();
        ReferralDetail.Disclosure disclosure = ReferralDetail.Disclosure.remembering(sharing::disclosureLevel);
        return page.stream().map(r -> new ReferralSummary(r.getReference(), r.getBusiness().getTradingName(),
                r.getBusiness().getPostcode(), r.getVisitDate(), r.getSubmittedAt(), r.getUrgency().name(),
                ReferralDetail.of(r, names, caller, disclosure).routings(), r.getHandlingConditions(),
                r.getErasedOn())).toList();
    }

    /**
     * Routings of the caller's own referrals where a desk has asked a question and waits for the
     * officer's answer, longest waiting first (the officer's home page). Audited as a list.
     */
    public List<RoutingAwaiting> questionsForMe() {
        return awaiting("g.status = :asked", "questions for the officer", " order by g.changedAt, g.id",
                java.util.Map.of("asked", org.eyesandears.referral.model.RoutingStatus.INFO_REQUESTED),
                org.eyesandears.referral.model.Routing::getChangedAt);
    }

    /**
     * Routings of the caller's own referrals given feedback in the last {@code days} days, newest
     * first (the officer's home page). Names the agency and when, not what: the referral's page
     * shows the feedback as far as the sharing agreement lets it. Audited as a list.
     */
    public List<RoutingAwaiting> recentFeedbackForMe(int days) {
        java.time.Instant since = clock.instant().minus(java.time.Duration.ofDays(Math.max(0, days)));
        return awaiting("g.feedbackAt >= :since", "recent feedback for the officer", " order by g.feedbackAt desc, g.id",
                java.util.Map.of("since", since), org.eyesandears.referral.model.Routing::getFeedbackAt);
    }

    private List<RoutingAwaiting> awaiting(String condition, String listName, String order,
                                           java.util.Map<String, Object> parameters,
                                           java.util.function.Function<org.eyesandears.referral.model.Routing, java.time.Instant> since) {
        Caller caller = currentCaller.get();
        // The referral and its business come with each routing (an entity graph: strict JPA allows no
        // alias on a fetch join).
        var withReferral = em.createEntityGraph(org.eyesandears.referral.model.Routing.class);
        withReferral.addSubgraph("referral").addAttributeNodes("business");
        TypedQuery<org.eyesandears.referral.model.Routing> query = em.createQuery("select g from Routing g"
                        + " where g.referral.authorUsername = :user and " + condition
                        + order, org.eyesandears.referral.model.Routing.class)
                .setHint("jakarta.persistence.fetchgraph", withReferral)
                .setParameter("user", caller.username())
                .setMaxResults(50);
        parameters.forEach(query::setParameter);
        List<org.eyesandears.referral.model.Routing> found = query.getResultList();
        audit.recordList(AuditObject.ROUTING, listName, found.stream().map(org.eyesandears.referral.model.Routing::getId).toList(),
                listName + " of " + caller.username());
        Map<String, String> names = agencies.agencyNames();
        return found.stream().map(g -> new RoutingAwaiting(g.getReferral().getReference(),
                g.getReferral().getBusiness().getTradingName(), names.getOrDefault(g.getAgencyCode(), g.getAgencyCode()),
                since.apply(g)))
                .toList();
    }

    /**
     * The businesses of the caller's own referrals, the most recently referred first, each once with
     * when it was last referred: the concern card offers them with one tap. Only business ids and
     * times of the caller's own referrals, no content, so no consultation is recorded.
     */
    public Map<Long, java.time.Instant> myRecentBusinesses(int max) {
        Map<Long, java.time.Instant> recent = new java.util.LinkedHashMap<>();
        em.createQuery("select r.business.id, max(r.submittedAt) from Referral r where r.authorUsername = :user"
                        + " group by r.business.id order by max(r.submittedAt) desc", Object[].class)
                .setParameter("user", currentCaller.get().username())
                .setMaxResults(Math.min(Math.max(1, max), 20))
                .getResultList()
                .forEach(row -> recent.put((Long) row[0], (java.time.Instant) row[1]));
        return recent;
    }

    /** How many of the caller's referrals match {@code text} (see {@link #mine}). */
    public long countMine(String text) {
        return mineQuery("select count(r) from Referral r", text, currentCaller.get(), "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> mineQuery(String select, String text, Caller caller, String order, Class<T> type) {
        boolean filtered = text != null && !text.isBlank();
        TypedQuery<T> query = em.createQuery(select + " where r.authorUsername = :user"
                + (filtered ? " and (lower(r.reference) like :text escape '!' or lower(r.business.tradingName) like :text"
                + " escape '!')" : "")
                + order, type)
                .setParameter("user", caller.username());
        if (filtered) {
            query.setParameter("text", Like.containing(text));
        }
        return query;
    }

    /** Of {@code ids}, the referrals about business {@code businessId} that the caller may see. */
    public java.util.Set<Long> visibleAbout(long businessId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(visible(em.createQuery("select r.id from Referral r where r.id in :ids"
                + " and r.business.id = :business and " + VISIBLE, Long.class), currentCaller.get())
                .setParameter("ids", ids)
                .setParameter("business", businessId)
                .getResultList());
    }

    /**
     * The authors of the referrals among {@code ids}, by reference: for telling officers what came of
     * their referrals (a visit's outcome). Nothing of the referrals is shown to the caller.
     */
    @jakarta.annotation.security.PermitAll
    public java.util.Map<String, String> authorsOf(java.util.Collection<Long> ids) {
        java.util.Map<String, String> authors = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.reference, r.authorUsername from Referral r where r.id in :ids"
                            + " order by r.submittedAt", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> authors.put((String) row[0], (String) row[1]));
        }
        return authors;
    }

    /**
     * The id of the referral, if the caller may see it; not audited, for a page or resource that has
     * read (and audited) the referral itself and adds what belongs to it.
     */
    public Optional<Long> visibleId(String reference) {
        return visible(em.createQuery("select r.id from Referral r where r.reference = :ref and " + VISIBLE,
                Long.class), currentCaller.get()).setParameter("ref", reference).getResultStream().findFirst();
    }

    /** A referral to choose from when planning a visit: reference and date only. */
    public record ReferralOption(long id, String reference, java.time.LocalDate visitDate) implements Serializable {
    }

    /** The referrals about a business that the caller may see, newest first (at most 50). */
    public List<ReferralOption> aboutBusiness(long businessId) {
        return visible(em.createQuery("select r from Referral r where r.business.id = :business and " + VISIBLE
                + " order by r.submittedAt desc", Referral.class), currentCaller.get())
                .setParameter("business", businessId)
                .setMaxResults(50)
                .getResultStream()
                .map(r -> new ReferralOption(r.getId(), r.getReference(), r.getVisitDate()))
                .toList();
    }

    /**
     * Briefs of the referrals among {@code ids} that the caller may see, oldest first, for a visit's
     * briefing; each is audited as a consultation. The others are left out without a trace.
     */
    public List<ReferralBrief> briefs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Referral> found = visible(em.createQuery("select r from Referral r where r.id in :ids and " + VISIBLE
                + " order by r.submittedAt", Referral.class), currentCaller.get())
                .setParameter("ids", ids)
                .getResultList();
        return found.stream().map(r -> {
            audit.record(AuditOperation.CONSULTATION, AuditObject.REFERRAL, r.getReference(), "in a visit briefing", null);
            var g = r.getGrading();
            return new ReferralBrief(r.getId(), r.getReference(), r.getVisitDate(),
                    (g.getSource().ordinal() + 1) + "/" + g.getIntelligence().name() + "/" + g.getHandling().name(),
                    r.getHandlingConditions(),
                    r.getIndicators().stream().map(i -> i.getWording()).toList(),
                    r.getObservation(), r.getErasedOn());
        }).toList();
    }

    /**
     * Of {@code references}, those the caller may open (the same rule as {@link #find}); not audited:
     * it tells a list which references to link, and reads nothing of them.
     */
    public java.util.Set<String> openable(java.util.Collection<String> references) {
        if (references.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(visible(em.createQuery("select r.reference from Referral r"
                + " where r.reference in :refs and " + VISIBLE, String.class), currentCaller.get())
                .setParameter("refs", java.util.Set.copyOf(references))
                .getResultList());
    }

    /**
     * The referring officer's answers to "was this feedback useful?" on a referral the caller may
     * see, by routing id (true: useful). Not audited: the page that shows them has read the referral.
     */
    public java.util.Map<Long, Boolean> feedbackRatings(String reference) {
        java.util.Map<Long, Boolean> ratings = new java.util.HashMap<>();
        visible(em.createQuery("select f.routingId, f.useful from FeedbackRating f, Routing x join x.referral r"
                + " where f.routingId = x.id and r.reference = :ref and " + VISIBLE, Object[].class), currentCaller.get())
                .setParameter("ref", reference)
                .getResultList()
                .forEach(row -> ratings.put((Long) row[0], (Boolean) row[1]));
        return ratings;
    }

    private static <T> TypedQuery<T> visible(TypedQuery<T> query, Caller caller) {
        return query.setParameter("user", caller.username())
                .setParameter("manager", caller.hasRole(Roles.MANAGER) && caller.hasAgency())
                .setParameter("desk", caller.hasRole(Roles.DESK) && caller.hasAgency())
                .setParameter("agency", caller.hasAgency() ? caller.agencyCode() : "");
    }
}
