package org.eyesandears.agency.model;

/**
 * How much an agency may tell a referring officer about what it did: everything (usefulness,
 * outcome, comment), the outcome only, or only that the referral was received or actioned (HMRC's
 * statutory limit).
 */
public enum FeedbackLevel {
    FULL, OUTCOME_ONLY, RECEIVED_ACTIONED
}
