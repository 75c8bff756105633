package org.eyesandears.audit.model;

/**
 * The processing operations that DPA 2018 s62 requires to be logged, and the refused attempts to
 * read or change something ({@link #ACCESS_DENIED}: a 403 or 404 answered to a signed-in caller),
 * so that someone probing for other agencies' objects leaves a trace.
 */
public enum AuditOperation {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE, ACCESS_DENIED
}
