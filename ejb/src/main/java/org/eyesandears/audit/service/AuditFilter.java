package org.eyesandears.audit.service;

import java.time.LocalDate;

import org.eyesandears.audit.model.AuditOperation;

/**
 * An auditor's search: each part optional. Object type and id (e.g. "referral" and "EAE-2026-000012"),
 * the user's exact username, the agency code, the operation, and a period of London days, both ends
 * included.
 */
public record AuditFilter(String username, String objectType, String objectId, String agencyCode,
                          AuditOperation operation, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
