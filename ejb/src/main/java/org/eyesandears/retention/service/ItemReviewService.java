package org.eyesandears.retention.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.retention.model.RetainedKind;
import org.eyesandears.retention.model.RetentionReview;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.shared.error.NotFoundException;

/**
 * The retention review of visits (owned by their lead agency) and source records (owned by their
 * dataset's agency), as {@link RetentionService} does for referrals: only the owning agency's
 * managers see the queue and decide, keeping (reason, next review date) or erasing. Erasure blanks
 * the free text (a visit's risk notes, cancellation and decline reasons, override reasons, findings
 * and follow-up tasks; a source record's name, address, phone, contact and other identifying
 * columns) and leaves the item with its review row as the tombstone. Audit rows carry ids and codes
 * only: the reasons stay in the review row, which erasure of the item leaves for accountability.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class ItemReviewService {

    /** Free text blanked when a visit is erased: (statement, what it clears). */
    private static final List<String> VISIT_ERASURE = List.of(
            "update visit set risk_notes = null, cancel_reason = null, lock_version = lock_version + 1 where id = ?1",
            "update visit_agency set decline_reason = null where visit_id = ?1",
            "update visit_outcome set findings = '', lock_version = lock_version + 1 where visit_id = ?1",
            "update visit_clash_override set reason = '' where visit_id = ?1",
            "update follow_up_task set description = '' where visit_id = ?1");

    private static final List<String> SOURCE_RECORD_ERASURE = List.of(
            "update source_record set name = '', address = null, town = null, postcode = null, phone = null,"
                    + " company_number = null, uprn = null, contact = null, lock_version = lock_version + 1"
                    + " where id = ?1");

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ReviewDates dates;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The caller's agency's items of that kind due for review, the oldest review date first. */
    public List<RetainedItem> queue(RetainedKind kind) {
        Caller caller = currentCaller.get();
        if (!caller.hasAgency()) {
            return List.of();
        }
        List<ReviewDates.ItemRow> rows = dates.itemRows(kind, "a.code = :agency and rr.reviewDue = true"
                + " and rr.erasedAt is null", Map.of("agency", caller.agencyCode()));
        List<RetainedItem> items = items(kind, rows);
        items.sort(Comparator.comparing(RetainedItem::reviewDate).thenComparing(RetainedItem::id));
        items.forEach(i -> audit.record(AuditOperation.CONSULTATION, kind.objectType(), String.valueOf(i.id()),
                "retention review queue", null));
        return items;
    }

    /** One of the caller's agency's items, with its review date or its tombstone. */
    public RetainedItem status(RetainedKind kind, long id) {
        RetainedItem item = current(kind, owned(kind, id));
        audit.record(AuditOperation.CONSULTATION, kind.objectType(), String.valueOf(id), "retention review status",
                null);
        return item;
    }

    public RetainedItem keep(RetainedKind kind, long id, ReviewDecision decision) {
        ReviewDates.ItemRow row = owned(kind, id);
        List<Violation> errors = new ArrayList<>();
        String reason = RetentionService.reason(decision, errors);
        LocalDate until = decision == null ? null : decision.newReviewDate();
        RetentionService.checkNextReview(until, London.today(clock), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        live(row);
        dates.review(kind, id, row.agency()).keep(until, reason, currentCaller.get().username(), now());
        audit.record(AuditOperation.ALTERATION, kind.objectType(), String.valueOf(id),
                "retention review: kept until " + until, null);
        em.flush();
        return current(kind, owned(kind, id));
    }

    public RetainedItem erase(RetainedKind kind, long id, ReviewDecision decision) {
        ReviewDates.ItemRow row = owned(kind, id);
        List<Violation> errors = new ArrayList<>();
        String reason = RetentionService.reason(decision, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        live(row);
        RetentionReview review = dates.review(kind, id, row.agency());
        review.erase(reason, currentCaller.get().username(), now());
        for (String statement : kind == RetainedKind.VISIT ? VISIT_ERASURE : SOURCE_RECORD_ERASURE) {
            em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
        }
        audit.record(AuditOperation.ERASURE, kind.objectType(), String.valueOf(id),
                "retention review: free text erased", null);
        em.flush();
        // The bulk updates went around the persistence context: read the item afresh.
        em.clear();
        return current(kind, owned(kind, id));
    }

    /** The item when the caller's agency owns it (erased or not); otherwise as if it did not exist. */
    private ReviewDates.ItemRow owned(RetainedKind kind, long id) {
        Caller caller = currentCaller.get();
        return dates.itemRows(kind, "x.id = :id and a.code = :agency",
                        Map.of("id", id, "agency", caller.hasAgency() ? caller.agencyCode() : ""))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("retained item"));
    }

    private static void live(ReviewDates.ItemRow row) {
        if (row.erased()) {
            throw new InvalidInputException(List.of(new Violation("id", "This record has already been erased.")));
        }
    }

    private RetainedItem current(RetainedKind kind, ReviewDates.ItemRow row) {
        return items(kind, List.of(row)).get(0);
    }

    /** The rows with their labels and review state, in two queries whatever their number. */
    private List<RetainedItem> items(RetainedKind kind, List<ReviewDates.ItemRow> rows) {
        if (rows.isEmpty()) {
            return new ArrayList<>();
        }
        List<Long> ids = rows.stream().map(ReviewDates.ItemRow::id).toList();
        Map<Long, String> labels = new HashMap<>();
        String labelQuery = kind == RetainedKind.VISIT
                ? "select x.id, x.business.tradingName, x.startsAt from Visit x where x.id in :ids"
                : "select x.id, x.dataset.name, x.externalId from SourceRecord x where x.id in :ids";
        em.createQuery(labelQuery, Object[].class).setParameter("ids", ids).getResultList().forEach(t ->
                labels.put((Long) t[0], kind == RetainedKind.VISIT
                        ? t[1] + ", " + ((Instant) t[2]).atZone(London.ZONE).toLocalDate()
                        : t[1] + " row " + t[2]));
        Map<Long, RetentionReview> reviews = new HashMap<>();
        em.createQuery("select rr from RetentionReview rr where rr.kind = :kind and rr.itemId in :ids",
                        RetentionReview.class)
                .setParameter("kind", kind).setParameter("ids", ids).getResultList()
                .forEach(r -> reviews.put(r.getItemId(), r));
        List<RetainedItem> items = new ArrayList<>();
        for (ReviewDates.ItemRow row : rows) {
            RetentionReview r = reviews.get(row.id());
            items.add(new RetainedItem(kind, row.id(), row.agency(), labels.get(row.id()),
                    row.erased() ? null : row.lastActivity(), row.retentionYears(),
                    row.erased() ? null : row.reviewDate(), row.due(),
                    r == null ? null : r.getReviewedBy(), r == null ? null : r.getReviewedAt(),
                    r == null ? null : r.getReviewReason(), r == null ? null : r.getErasedAt(),
                    r == null ? null : r.getErasedBy(), r == null ? null : r.getErasureReason()));
        }
        return items;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
