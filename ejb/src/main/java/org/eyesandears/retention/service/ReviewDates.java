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

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;

/**
 * The review dates of referrals, worked out in one aggregate query (last activity over the
 * referral and its routings, joined to the owning agency's retention period), and the nightly
 * marking of those due (each marked referral audited as an alteration). Callers check access;
 * this class only reads dates and sets flags.
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
        rows.forEach(r -> audit.record(AuditOperation.ALTERATION, "referral", r.reference(),
                "marked due for review (review date " + r.reviewDate() + ")", null));
        return marked;
    }
}
