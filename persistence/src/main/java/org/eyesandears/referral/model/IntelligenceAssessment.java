package org.eyesandears.referral.model;

/**
 * Intelligence assessment of the 3x5x2 grading: A known directly to the source; B known
 * indirectly but corroborated; C known indirectly; D not known; E suspected to be false or
 * malicious.
 */
public enum IntelligenceAssessment {
    A, B, C, D, E
}
