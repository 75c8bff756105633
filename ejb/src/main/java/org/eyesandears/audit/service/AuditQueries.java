package org.eyesandears.audit.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.model.AuditRecord;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.referral.service.SubjectReferral;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.visit.service.SubjectVisit;
import org.eyesandears.visit.service.VisitQueries;

/**
 * The auditor's reading of the audit trail: search, "who has seen this", and the chain check.
 * Auditors only; each search, export and check is itself recorded (consultation of the trail), so
 * the trail also shows who looked at it.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditQueries {

    /** At most this many rows on a page; exports take up to {@link #EXPORT_LIMIT}. */
    public static final int PAGE_LIMIT = 500;
    public static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    ReferralQueries referralQueries;

    @Inject
    VisitQueries visitQueries;

    /** Newest first, at most {@code limit} (capped at {@link #EXPORT_LIMIT}). */
    public List<AuditEntry> search(AuditFilter filter, int limit) {
        validate(filter);
        StringBuilder jpql = new StringBuilder("select r from AuditRecord r where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (present(filter.username())) {
            jpql.append(" and r.username = :username");
            params.put("username", filter.username().trim());
        }
        if (present(filter.objectType())) {
            jpql.append(" and r.objectType = :objectType");
            params.put("objectType", filter.objectType().trim());
        }
        if (present(filter.objectId())) {
            jpql.append(" and r.objectId = :objectId");
            params.put("objectId", filter.objectId().trim());
        }
        if (present(filter.agencyCode())) {
            jpql.append(" and r.agencyCode = :agency");
            params.put("agency", filter.agencyCode().trim());
        }
        if (filter.operation() != null) {
            jpql.append(" and r.operation = :operation");
            params.put("operation", filter.operation());
        }
        if (filter.from() != null) {
            jpql.append(" and r.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay(London.ZONE).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" and r.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(London.ZONE).toInstant());
        }
        jpql.append(" order by r.id desc");
        TypedQuery<AuditRecord> query = em.createQuery(jpql.toString(), AuditRecord.class);
        params.forEach(query::setParameter);
        List<AuditEntry> found = query.setMaxResults(Math.max(1, Math.min(limit, EXPORT_LIMIT)))
                .getResultStream().map(AuditEntry::of).toList();
        audit.record(AuditOperation.CONSULTATION, AuditObject.AUDIT_TRAIL, "search", describe(filter), null);
        return found;
    }

    /**
     * Everyone who has consulted a referral or downloaded one of its attachments, most recent
     * first; {@code times} counts both.
     */
    public List<ViewerSummary> whoHasSeenReferral(String reference) {
        if (!present(reference)) {
            throw new InvalidInputException(List.of(new Violation("reference", "Give the referral's reference.")));
        }
        List<Object[]> rows = em.createQuery("select r.username, r.agencyCode, count(r), min(r.occurredAt),"
                        + " max(r.occurredAt) from AuditRecord r where r.operation = :consultation"
                        + " and ((r.objectType = :referral and r.objectId = :ref)"
                        + " or (r.objectType = :attachment and r.relatedType = :referral and r.relatedId = :ref)"
                        // Written before V140, without a related object: tied to the referral by the detail alone.
                        + " or (r.objectType = :attachment and r.relatedType is null and r.detail = :attachmentOf))"
                        + " group by r.username, r.agencyCode order by max(r.occurredAt) desc", Object[].class)
                .setParameter("ref", reference.trim())
                .setParameter("referral", AuditObject.REFERRAL.stored())
                .setParameter("attachment", AuditObject.ATTACHMENT.stored())
                .setParameter("attachmentOf", ReferralQueries.attachmentAuditDetail(reference.trim()))
                .setParameter("consultation", AuditOperation.CONSULTATION)
                .getResultList();
        audit.record(AuditOperation.CONSULTATION, AuditObject.AUDIT_TRAIL, "who-has-seen", "referral " + reference.trim(), null);
        return rows.stream().map(r -> new ViewerSummary((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                (java.time.Instant) r[3], (java.time.Instant) r[4])).toList();
    }

    /**
     * The subject access helper: every referral and every visit naming the person or business (the
     * text given, at least 3 characters, found in a name, a person named, risk notes or findings)
     * and the audit records of those referrals and visits, oldest first.
     */
    public SubjectAccessReport subjectAccess(String name) {
        if (!present(name) || name.trim().length() < 3) {
            throw new InvalidInputException(List.of(new Violation("name",
                    "Give at least 3 characters of the person's or business's name.")));
        }
        if (name.trim().length() > 200) {
            throw new InvalidInputException(List.of(new Violation("name", "At most 200 characters.")));
        }
        List<SubjectReferral> referrals = referralQueries.namingSubject(name);
        List<SubjectVisit> visits = visitQueries.namingSubject(name);
        List<String> references = referrals.stream().map(SubjectReferral::reference).toList();
        List<String> visitIds = visits.stream().map(v -> String.valueOf(v.id())).toList();
        List<AuditEntry> records = references.isEmpty() && visitIds.isEmpty() ? List.of() : em.createQuery(
                        "select r from AuditRecord r where (r.objectType = :referral and r.objectId in :refs)"
                                + " or (r.objectType = :visit and r.objectId in :visits) order by r.id", AuditRecord.class)
                .setParameter("referral", AuditObject.REFERRAL.stored())
                .setParameter("visit", AuditObject.VISIT.stored())
                // An empty IN list is not valid SQL: a value no object has stands in.
                .setParameter("refs", references.isEmpty() ? List.of("-") : references)
                .setParameter("visits", visitIds.isEmpty() ? List.of("-") : visitIds)
                .setMaxResults(EXPORT_LIMIT)
                .getResultStream().map(AuditEntry::of).toList();
        // The name asked about is personal data: only the numbers found are logged.
        audit.record(AuditOperation.CONSULTATION, AuditObject.AUDIT_TRAIL, "subject-access",
                referrals.size() + " referrals and " + visits.size() + " visits found", null);
        return new SubjectAccessReport(name.trim(), referrals, visits, records);
    }

    /** Checks the chain now (and, when intact, checkpoints its end). */
    public ChainReport verifyChain() {
        ChainReport report = verifier.check();
        audit.record(AuditOperation.CONSULTATION, AuditObject.AUDIT_TRAIL, "verify", report.intact() ? "intact"
                : "broken" + (report.brokenAtId() == null ? "" : " at row " + report.brokenAtId()), null);
        return report;
    }

    private static void validate(AuditFilter f) {
        List<Violation> v = new ArrayList<>();
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            v.add(new Violation("to", "The period ends before it starts."));
        }
        if (present(f.objectId()) && !present(f.objectType())) {
            v.add(new Violation("objectType", "Say what kind of object the id belongs to (e.g. referral)."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    /** The search terms, which are ids and codes, never personal data. */
    private static String describe(AuditFilter f) {
        StringBuilder s = new StringBuilder();
        append(s, "user", f.username());
        append(s, "object", present(f.objectType()) ? f.objectType() + (present(f.objectId()) ? " " + f.objectId() : "") : null);
        append(s, "agency", f.agencyCode());
        append(s, "operation", f.operation() == null ? null : f.operation().name());
        append(s, "from", f.from() == null ? null : f.from().toString());
        append(s, "to", f.to() == null ? null : f.to().toString());
        String text = s.toString();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static void append(StringBuilder s, String name, String value) {
        if (present(value)) {
            s.append(s.isEmpty() ? "" : ", ").append(name).append(' ').append(value.trim());
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
