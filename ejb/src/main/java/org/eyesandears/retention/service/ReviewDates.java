package org.eyesandears.retention.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.retention.model.RetainedKind;
import org.eyesandears.retention.model.RetentionReview;

/**
 * The review dates of referrals, worked out in one aggregate query (last activity over the
 * referral and its routings, joined to the owning agency's retention period), and the nightly
 * marking of those due (each marked referral audited as an alteration). The same for visits and
 * source records ({@link RetainedKind}), whose review state lives in {@link RetentionReview}; all
 * kinds go through {@link RetentionPolicy}. Callers check access; this class only reads dates and
 * sets flags.
 */
@Stateless
@PermitAll
public class ReviewDates {

    /** One referral's dates. */
    public record Row(long id, String reference, Instant lastActivity, int retentionYears, LocalDate reviewOn,
                      LocalDate reviewDate) {
    }

    private static final String SELECT = "select r.id, r.reference, r.submittedAt, max(g.createdAt), max(g.changedAt),"
            + " max(g.feedbackAt), max(g.firstDecisionAt), r.reviewOn, a.retentionYears"
            + " from Referral r left join r.routings g, Agency a"
            + " where a.code = r.authorAgencyCode and r.erasedAt is null and ";
    private static final String GROUP = " group by r.id, r.reference, r.submittedAt, r.reviewOn, a.retentionYears";

    /** One visit's or source record's dates and review state. */
    public record ItemRow(RetainedKind kind, long id, String agency, Instant lastActivity, int retentionYears,
                          LocalDate reviewOn, LocalDate reviewDate, boolean due, boolean erased) {
    }

    /**
     * Per kind: the item (alias {@code x}) with its owning agency ({@code a}) and review row
     * ({@code rr}, null until first flagged, kept or erased), and every time that counts as activity.
     * A visit's activity includes its own end (a visit months ahead is not reviewed before it
     * happens), outcomes, answers to invitations, overrides and follow-ups; a source record's, its
     * import, last re-import and link.
     */
    private static final Map<RetainedKind, String> ITEM_SELECT = Map.of(
            RetainedKind.VISIT, "select x.id, a.code, a.retentionYears, rr.reviewOn, rr.reviewDue, rr.erasedAt,"
                    + " x.createdAt, x.changedAt, x.endsAt,"
                    + " (select max(o.recordedAt) from VisitOutcome o where o.visit.id = x.id),"
                    + " (select max(g.respondedAt) from Visit x2 join x2.agencies g where x2.id = x.id),"
                    + " (select max(c.overriddenAt) from ClashOverride c where c.visit.id = x.id),"
                    + " (select max(f.createdAt) from FollowUpTask f where f.visit.id = x.id),"
                    + " (select max(f2.doneAt) from FollowUpTask f2 where f2.visit.id = x.id)"
                    + " from Visit x join Agency a on a.code = x.leadAgency"
                    + " left join RetentionReview rr on rr.kind = :kind and rr.itemId = x.id where ",
            RetainedKind.SOURCE_RECORD, "select x.id, a.code, a.retentionYears, rr.reviewOn, rr.reviewDue,"
                    + " rr.erasedAt, x.firstSeenAt, x.updatedAt, x.linkedAt"
                    + " from SourceRecord x join x.dataset d join Agency a on a.code = d.agencyCode"
                    + " left join RetentionReview rr on rr.kind = :kind and rr.itemId = x.id where ");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    public List<Row> rows(String condition, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + condition + GROUP, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(ReviewDates::row).toList();
    }

    private static Row row(Object[] t) {
        Instant last = RetentionPolicy.lastActivity((Instant) t[2], (Instant) t[3], (Instant) t[4], (Instant) t[5],
                (Instant) t[6]);
        int years = ((Number) t[8]).intValue();
        LocalDate reviewOn = (LocalDate) t[7];
        return new Row(((Number) t[0]).longValue(), (String) t[1], last, years, reviewOn,
                RetentionPolicy.reviewDate(last, years, reviewOn));
    }

    /**
     * Flags every referral not yet flagged or erased whose review date is on or before
     * {@code today}; returns how many were flagged.
     */
    public int markDue(LocalDate today) {
        List<Row> rows = rows("r.reviewDue = false", Map.of()).stream()
                .filter(r -> RetentionPolicy.isDue(r.reviewDate(), today)).toList();
        List<Long> due = rows.stream().map(Row::id).toList();
        int marked = 0;
        for (int from = 0; from < due.size(); from += 500) {
            marked += em.createQuery("update Referral r set r.reviewDue = true where r.id in :ids")
                    .setParameter("ids", due.subList(from, Math.min(due.size(), from + 500)))
                    .executeUpdate();
        }
        // Each marked referral is altered: one record each, as for any other change to a referral.
        rows.forEach(r -> audit.record(AuditOperation.ALTERATION, AuditObject.REFERRAL, r.reference(),
                "marked due for review (review date " + r.reviewDate() + ")", null));
        return marked;
    }

    /**
     * The dates of the items of one kind that meet {@code condition} (over {@code x}, the item;
     * {@code a}, the owning agency; {@code rr}, its review row, null when it has none).
     */
    public List<ItemRow> itemRows(RetainedKind kind, String condition, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(ITEM_SELECT.get(kind) + condition, Object[].class)
                .setParameter("kind", kind);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(t -> itemRow(kind, t)).toList();
    }

    private static ItemRow itemRow(RetainedKind kind, Object[] t) {
        Instant[] later = new Instant[t.length - 7];
        for (int i = 7; i < t.length; i++) {
            later[i - 7] = (Instant) t[i];
        }
        Instant last = RetentionPolicy.lastActivity((Instant) t[6], later);
        int years = ((Number) t[2]).intValue();
        LocalDate reviewOn = (LocalDate) t[3];
        return new ItemRow(kind, ((Number) t[0]).longValue(), (String) t[1], last, years, reviewOn,
                RetentionPolicy.reviewDate(last, years, reviewOn), Boolean.TRUE.equals(t[4]), t[5] != null);
    }

    /**
     * Flags every visit and source record not yet flagged or erased whose review date is on or
     * before {@code today} (making its review row when it has none), each audited as an alteration;
     * returns how many were flagged.
     */
    public int markItemsDue(LocalDate today) {
        int marked = 0;
        for (RetainedKind kind : RetainedKind.values()) {
            List<ItemRow> due = itemRows(kind, "rr.erasedAt is null and (rr.id is null or rr.reviewDue = false)",
                    Map.of()).stream().filter(r -> RetentionPolicy.isDue(r.reviewDate(), today)).toList();
            for (ItemRow row : due) {
                review(kind, row.id(), row.agency()).markDue();
                audit.record(AuditOperation.ALTERATION, kind.objectType(), String.valueOf(row.id()),
                        "marked due for review (review date " + row.reviewDate() + ")", null);
            }
            marked += due.size();
        }
        return marked;
    }

    /** The item's review row, made when it has none. */
    public RetentionReview review(RetainedKind kind, long id, String agency) {
        return em.createQuery("select rr from RetentionReview rr where rr.kind = :kind and rr.itemId = :id",
                        RetentionReview.class)
                .setParameter("kind", kind).setParameter("id", id)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    RetentionReview made = new RetentionReview(kind, id, agency);
                    em.persist(made);
                    return made;
                });
    }
}
