package org.eyesandears.reporting.service;

/** Which joint visits lie behind a dashboard visit figure. */
public enum VisitDrillDown {
    /** Joint visits held in the period (that the agency took part in, when one is given). */
    HELD,
    /** Joint visits held in the period with exactly {@code size} agencies taking part. */
    AGENCIES,
    /** Joint visits held in the period for which the agency recorded its outcome. */
    OUTCOME_RECORDED,
    /** Joint visits with a follow-up task of the agency overdue now, whatever the period. */
    FOLLOW_UPS_OVERDUE
}
