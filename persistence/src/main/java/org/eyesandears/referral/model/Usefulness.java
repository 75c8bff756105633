package org.eyesandears.referral.model;

/**
 * How useful the receiving desk found a referral.
 */
public enum Usefulness {
    USEFUL, PARTLY_USEFUL, NOT_USEFUL, TOO_EARLY_TO_SAY
}
