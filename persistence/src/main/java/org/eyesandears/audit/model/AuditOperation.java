package org.eyesandears.audit.model;

/** The processing operations that DPA 2018 s62 requires to be logged. */
public enum AuditOperation {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE, ACCESS_DENIED
}
