package org.eyesandears.reporting.service;

/** Which routings lie behind a dashboard figure. */
public enum DrillDown {
    /** Routings to the agency created in the period. */
    RECEIVED,
    /** Routings of referrals by the agency's officers created in the period. */
    SENT,
    /** Routings from the agency to {@code toAgency} created in the period. */
    FLOW,
    /** Routings to the agency created in the period that have feedback. */
    FEEDBACK_GIVEN,
    /** Routings to the agency created in the period still without feedback. */
    NO_FEEDBACK,
    /** Routings to the agency without a first decision after its due date, now. */
    OVERDUE_DECISION,
    /** Routings to the agency not closed and without feedback after its due date, now. */
    OVERDUE_FEEDBACK
}
