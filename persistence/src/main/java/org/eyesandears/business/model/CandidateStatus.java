package org.eyesandears.business.model;

/** Where a candidate match stands in the review queue. */
public enum CandidateStatus {
    /** Waiting for an analyst. */
    PENDING,
    /** An analyst was not sure; it stays in the queue, after the pending pairs. */
    NOT_SURE,
    /** Linked by an analyst. */
    ACCEPTED,
    /** Not the same business: never linked automatically again. */
    REJECTED
}
