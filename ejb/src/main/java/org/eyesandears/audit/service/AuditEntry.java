package org.eyesandears.audit.service;

import java.time.Instant;

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.model.AuditRecord;

/** One audit record as the auditor sees it. */
public record AuditEntry(long id, Instant occurredAt, String username, String agencyCode,
                         AuditOperation operation, String objectType, String objectId, String detail,
                         String reason, String clientAddress, String channel) {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getUsername(), r.getAgencyCode(), r.getOperation(),
                r.getObjectType(), r.getObjectId(), r.getDetail(), r.getReason(), r.getClientAddress(),
                r.getChannel());
    }
}
