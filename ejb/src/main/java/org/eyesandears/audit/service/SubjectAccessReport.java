package org.eyesandears.audit.service;

import java.util.List;

import org.eyesandears.referral.service.SubjectReferral;

/**
 * One report for a subject access request: the referrals that name the person or business, and
 * the audit records of those referrals (who collected, saw, changed and disclosed them). Visits
 * join when the visit context lands.
 */
public record SubjectAccessReport(String subject, List<SubjectReferral> referrals, List<AuditEntry> auditRecords) {
}
