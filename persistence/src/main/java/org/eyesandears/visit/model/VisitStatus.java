package org.eyesandears.visit.model;

/** A visit's life: proposed to the invited agencies, confirmed, done, or cancelled with a reason. */
public enum VisitStatus {
    PROPOSED, CONFIRMED, DONE, CANCELLED
}
