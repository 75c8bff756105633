package org.eyesandears.reporting.service;

import java.io.Serializable;

/**
 * One agency's figures for a period (agency {@code ALL}: the partnership). Rates are percentages
 * to one decimal place; times are working days (England and Wales); null where nothing was measured.
 */
public record AgencyFigures(String agency, String agencyName, long referralsSent, long routingsSent,
                            long routingsReceived, long feedbackGiven, long feedbackWithinTarget,
                            int feedbackTargetDays, Double feedbackRatePct, Double feedbackWithinTargetPct,
                            Long triaged, Double triageMedianDays, Double triageP90Days,
                            Double feedbackMedianDays, Double feedbackP90Days) implements Serializable {

    public static final String ALL = "ALL";
}
