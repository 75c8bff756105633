package org.eyesandears.referral.model;

/**
 * What the receiving agency did with a referral. RECEIVED and ACTIONED are all an agency limited
 * to received/actioned feedback may say.
 */
public enum OutcomeCategory {
    ENFORCEMENT_ACTION, WARRANT_OBTAINED, ARREST, NOTICE_SERVED, ADVICE_GIVEN, JOINED_EXISTING_CASE, NO_ACTION, RECEIVED, ACTIONED;

    /**
     * This outcome as an agency limited to received/actioned may tell it: nothing done (no action,
     * or only received) reads RECEIVED, anything done reads ACTIONED.
     */
    public OutcomeCategory receivedOrActioned() {
        return this == NO_ACTION || this == RECEIVED ? RECEIVED : ACTIONED;
    }
}
