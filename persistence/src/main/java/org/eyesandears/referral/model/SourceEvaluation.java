package org.eyesandears.referral.model;

/**
 * Source evaluation of the 3x5x2 grading (how reliable the source is): 1 reliable, 2 untested, 3
 * not reliable.
 */
public enum SourceEvaluation {
    RELIABLE, UNTESTED, NOT_RELIABLE
}
