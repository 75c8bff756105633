package org.eyesandears.subjectaccess.service;

import java.io.Serializable;
import java.util.List;

import org.eyesandears.audit.service.AuditEntry;
import org.eyesandears.referral.service.SubjectReferral;
import org.eyesandears.visit.service.SubjectVisit;

/**
 * One report for a subject access request: the referrals and the visits that name the person or
 * business, and the audit records of those referrals and visits (who collected, saw, changed and
 * disclosed them), oldest first.
 */
public record SubjectAccessReport(String subject, List<SubjectReferral> referrals, List<SubjectVisit> visits,
                                  List<AuditEntry> auditRecords) implements Serializable {
}
