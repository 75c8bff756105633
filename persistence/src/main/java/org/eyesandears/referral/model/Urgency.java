package org.eyesandears.referral.model;

/**
 * Urgent means a risk to life or of harm now, and is shown prominently to receivers.
 */
public enum Urgency {
    ROUTINE, URGENT
}
