package org.eyesandears.retention.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.referral.model.Attachment;
import org.eyesandears.referral.model.Referral;
import org.eyesandears.referral.model.RoutingEvent;
import org.eyesandears.referral.service.AttachmentStore;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.shared.error.NotFoundException;

/**
 * The retention review. A referral belongs to its author's agency, and only that agency's managers
 * see its review queue and decide: keep it (with a reason and the next review date) or erase it.
 * Erasure removes the content, the people involved and the attachments (rows and files) and leaves
 * a tombstone; the audit trail is never touched, and the erasure itself is audited.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class RetentionService {

    static final int MAX_REASON = 500;
    static final int MAX_KEEP_YEARS = 10;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ReviewDates dates;

    @Inject
    RetentionJob job;

    @Inject
    AttachmentStore attachments;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The caller's agency's referrals due for review, the oldest review date first. */
    public List<ReviewItem> queue() {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return List.of();
        }
        List<Referral> due = em.createQuery("select r from Referral r join fetch r.business"
                        + " where r.authorAgencyCode = :agency and r.reviewDue = true and r.erasedAt is null",
                        Referral.class)
                .setParameter("agency", caller.agencyCode())
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, ReviewDates.Row> rows = dates.rows("r.id in :ids",
                        Map.of("ids", due.stream().map(Referral::getId).toList()))
                .stream().collect(Collectors.toMap(ReviewDates.Row::id, Function.identity()));
        List<ReviewItem> items = new ArrayList<>();
        for (Referral r : due) {
            items.add(item(r, rows.get(r.getId())));
        }
        items.sort(java.util.Comparator.comparing(ReviewItem::reviewDate).thenComparing(ReviewItem::reference));
        // the queue shows each referral's business and activity: a consultation of each, as a referral page is
        items.forEach(i -> audit.record(AuditOperation.CONSULTATION, AuditObject.REFERRAL, i.reference(),
                "retention review queue", null));
        return items;
    }

    /** One of the caller's agency's referrals, with its review date (or its tombstone). */
    public ReviewItem status(String reference) {
        Referral r = owned(reference);
        audit.record(AuditOperation.CONSULTATION, AuditObject.REFERRAL, r.getReference(), "retention review status", null);
        return current(r);
    }

    private ReviewItem current(Referral r) {
        return item(r, r.isErased() ? null : dates.rows("r.id = :id", Map.of("id", r.getId())).get(0));
    }

    /**
     * Runs the nightly work now (for operators after a change of retention periods, and tests):
     * marks referrals, visits and source records due and deletes old unsent drafts.
     */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public RetentionJob.Run markDueNow() {
        return job.runOnce();
    }

    public ReviewItem keep(String reference, ReviewDecision decision) {
        // Access first: another agency's referral is not there, whatever was sent.
        Referral r = owned(reference);
        LocalDate today = London.today(clock);
        List<Violation> errors = new ArrayList<>();
        String reason = reason(decision, errors);
        LocalDate until = decision == null ? null : decision.newReviewDate();
        checkNextReview(until, today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        live(r);
        Caller caller = currentCaller.get();
        r.keep(until, reason, caller.username(), now());
        // The manager's reason is free text: it stays on the referral (ADR 0018).
        audit.record(AuditOperation.ALTERATION, AuditObject.REFERRAL, r.getReference(), "retention review: kept until " + until,
                "given on the referral");
        em.flush();
        return current(r);
    }

    public ReviewItem erase(String reference, ReviewDecision decision) {
        Referral r = owned(reference);
        List<Violation> errors = new ArrayList<>();
        String reason = reason(decision, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        live(r);
        int files = r.getAttachments().size();
        for (Attachment a : List.copyOf(r.getAttachments())) {
            attachments.deleteAfterCommit(a.getStorageKey());
            r.removeAttachment(a);
            em.remove(a);
        }
        Caller caller = currentCaller.get();
        r.erase(reason, caller.username(), now());
        // The desks' reasons and questions in the routings' history are free text about the referral too.
        em.createQuery("select e from RoutingEvent e where e.routing.referral = :r", RoutingEvent.class)
                .setParameter("r", r).getResultList().forEach(RoutingEvent::eraseReason);
        audit.record(AuditOperation.ERASURE, AuditObject.REFERRAL, r.getReference(),
                "retention review: content, people involved, routing reasons and " + files + " attachment(s) erased",
                "given on the referral");
        em.flush();
        return item(r, null);
    }

    private Referral owned(String reference) {
        Caller caller = currentCaller.get();
        Optional<Referral> found = em.createQuery("select r from Referral r join fetch r.business"
                        + " where r.reference = :reference and r.authorAgencyCode = :agency", Referral.class)
                .setParameter("reference", reference == null ? "" : reference)
                .setParameter("agency", caller.hasAgency() ? caller.agencyCode() : "")
                .getResultStream().findFirst();
        return found.orElseThrow(() -> new NotFoundException("referral"));
    }

    private static void live(Referral r) {
        if (r.isErased()) {
            throw new InvalidInputException(List.of(new Violation("reference",
                    "This referral has already been erased.")));
        }
    }

    /** The rule for a kept record's next review date, for every kind of record. */
    static void checkNextReview(LocalDate until, LocalDate today, List<Violation> errors) {
        if (until == null) {
            errors.add(new Violation("newReviewDate", "Give the date of the next review."));
        } else if (!until.isAfter(today)) {
            errors.add(new Violation("newReviewDate", "The next review must be after today."));
        } else if (until.isAfter(today.plusYears(MAX_KEEP_YEARS))) {
            errors.add(new Violation("newReviewDate", "The next review can be at most " + MAX_KEEP_YEARS
                    + " years from today."));
        }
    }

    /** The rule for a decision's reason, for every kind of record. */
    static String reason(ReviewDecision decision, List<Violation> errors) {
        String reason = decision == null || decision.reason() == null ? "" : decision.reason().strip();
        if (reason.isEmpty()) {
            errors.add(new Violation("reason", "Give the reason for the decision."));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new Violation("reason", "Keep the reason to " + MAX_REASON + " characters."));
        }
        return reason;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ReviewItem item(Referral r, ReviewDates.Row row) {
        List<String> routings = r.getRoutings().stream().map(g -> g.getAgencyCode() + ": " + g.getStatus().name())
                .toList();
        return new ReviewItem(r.getReference(), r.getAuthorAgencyCode(),
                r.getBusiness().getTradingName(), r.getVisitDate(), r.getSubmittedAt(),
                row == null ? null : row.lastActivity(), row == null ? 0 : row.retentionYears(),
                row == null ? null : row.reviewDate(), r.isReviewDue(), routings, r.getReviewedBy(),
                r.getReviewedAt(), r.getReviewReason(), r.getErasedAt(), r.getErasedBy(), r.getErasureReason(),
                r.getHandlingConditions(), r.getErasedOn());
    }
}
