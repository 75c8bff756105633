package org.eyesandears.subjectaccess.service;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditEntry;
import org.eyesandears.audit.service.AuditQueries;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.referral.service.SubjectReferral;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.visit.service.SubjectVisit;
import org.eyesandears.visit.service.VisitQueries;

/**
 * The subject access helper for auditors: every referral and every visit naming the person or
 * business, each found by its own context's queries, and the audit records of those referrals and
 * visits. It sits above audit, referral and visit, so that the audit trail, which every context
 * writes to, depends on none of them (ADR 0023).
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class SubjectAccessService {

    @Inject
    ReferralQueries referralQueries;

    @Inject
    VisitQueries visitQueries;

    @Inject
    AuditQueries auditQueries;

    @Inject
    AuditService audit;

    /**
     * Everything naming the subject (the text given, at least 3 characters, found in a name, a
     * person named, risk notes or findings) and the audit records of what was found, oldest first.
     */
    public SubjectAccessReport report(String name) {
        if (name == null || name.isBlank() || name.trim().length() < 3) {
            throw new InvalidInputException(List.of(new Violation("name",
                    "Give at least 3 characters of the person's or business's name.")));
        }
        if (name.trim().length() > 200) {
            throw new InvalidInputException(List.of(new Violation("name", "At most 200 characters.")));
        }
        List<SubjectReferral> referrals = referralQueries.namingSubject(name);
        List<SubjectVisit> visits = visitQueries.namingSubject(name);
        List<AuditEntry> records = auditQueries.aboutReferralsAndVisits(
                referrals.stream().map(SubjectReferral::reference).toList(),
                visits.stream().map(v -> String.valueOf(v.id())).toList());
        // The name asked about is personal data: only the numbers found are logged.
        audit.record(AuditOperation.CONSULTATION, AuditObject.AUDIT_TRAIL, "subject-access",
                referrals.size() + " referrals and " + visits.size() + " visits found", null);
        return new SubjectAccessReport(name.trim(), referrals, visits, records);
    }
}
