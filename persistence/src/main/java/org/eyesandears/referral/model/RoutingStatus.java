package org.eyesandears.referral.model;

/**
 * Where a routing stands in the receiving desk's triage.
 */
public enum RoutingStatus {
    NEW, IN_REVIEW, ACCEPTED, INFO_REQUESTED, REFERRED_ON, NO_FURTHER_ACTION, CLOSED
}
