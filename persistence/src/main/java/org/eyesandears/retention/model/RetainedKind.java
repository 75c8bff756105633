package org.eyesandears.retention.model;

import org.eyesandears.audit.model.AuditObject;

/**
 * The kinds of record the retention review covers besides referrals (which carry their review
 * columns themselves): joint visits, owned by their lead agency, and source records (dataset rows),
 * owned by the dataset's agency. Drafts are not reviewed: the nightly job deletes old ones.
 */
public enum RetainedKind {
    VISIT(AuditObject.VISIT),
    SOURCE_RECORD(AuditObject.SOURCE_RECORD);

    private final AuditObject objectType;

    RetainedKind(AuditObject objectType) {
        this.objectType = objectType;
    }

    /** The object type audit records use for this kind. */
    public AuditObject objectType() {
        return objectType;
    }
}
