package org.eyesandears.agency.model;

/**
 * How much a receiving agency may tell the referring officer about what it did, as its sharing
 * agreement with the referring agency says: everything (usefulness, outcome, comment), the outcome
 * only, or only that the referral was received or actioned (HMRC's statutory limit).
 */
public enum FeedbackLevel {
    FULL, OUTCOME_ONLY, RECEIVED_ACTIONED
}
