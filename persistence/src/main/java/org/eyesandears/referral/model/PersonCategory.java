package org.eyesandears.referral.model;

/**
 * How a person named in a referral is involved (DPA 2018 Part 3 categories).
 */
public enum PersonCategory {
    SUSPECT, VICTIM, WITNESS, OTHER
}
