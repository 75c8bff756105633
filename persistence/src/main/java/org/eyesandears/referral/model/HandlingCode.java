package org.eyesandears.referral.model;

/**
 * Handling code of the 3x5x2 grading. P, lawful sharing permitted; C, permitted with conditions,
 * which are recorded and shown to every reader.
 */
public enum HandlingCode {
    P, C
}
