package org.eyesandears.visit.model;

/** Why agencies go: to enforce, to support compliance, or both. */
public enum VisitPurpose {
    ENFORCEMENT, COMPLIANCE_SUPPORT, MIXED
}
