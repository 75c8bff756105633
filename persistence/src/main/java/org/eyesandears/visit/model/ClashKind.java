package org.eyesandears.visit.model;

/** The checks run before a visit is saved; each is a warning a coordinator may override with a reason. */
public enum ClashKind {
    /** Another visit to the same business record within the window. */
    SAME_BUSINESS,
    /** Another visit to the same premises (UPRN or address) under another business record. */
    SAME_PREMISES,
    /** A named officer is on another visit at an overlapping time. */
    OFFICER_DOUBLE_BOOKED,
    /** More officers than the ceiling for one visit. */
    TOO_MANY_OFFICERS
}
