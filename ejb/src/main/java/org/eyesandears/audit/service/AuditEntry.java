package org.eyesandears.audit.service;

import java.io.Serializable;
import java.time.Instant;

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.model.AuditRecord;

/**
 * One audit record as the auditor sees it; {@code relatedType} and {@code relatedId} name the object
 * the record's object belongs to (an attachment's referral), null where none or written before V140.
 */
public record AuditEntry(long id, Instant occurredAt, String username, String agencyCode,
                         AuditOperation operation, String objectType, String objectId, String detail,
                         String reason, String clientAddress, String channel, String relatedType,
                         String relatedId) implements Serializable {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getUsername(), r.getAgencyCode(), r.getOperation(),
                r.getObjectType(), r.getObjectId(), r.getDetail(), r.getReason(), r.getClientAddress(),
                r.getChannel(), r.getRelatedType(), r.getRelatedId());
    }
}
