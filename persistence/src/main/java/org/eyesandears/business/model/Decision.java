package org.eyesandears.business.model;

/** What was decided about a record's link. */
public enum Decision {
    /** The engine linked the record on its own (at or above the upper threshold). */
    AUTO_LINKED,
    /** No close business: the record started one. */
    NEW_BUSINESS,
    /** Sent to the review queue (between the thresholds). */
    QUEUED,
    ACCEPTED,
    REJECTED,
    NOT_SURE,
    /** An analyst undid the link: the record was separated into its own business again. */
    UNDONE
}
