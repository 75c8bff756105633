package org.eyesandears.reporting.service;

import java.io.Serializable;
import java.util.List;

/**
 * Whether the scheme is used, for one period, as the caller may see it (docs/metrics.md defines
 * each figure; ADR 0035): one row per visible agency and one for the partnership ({@code ALL}).
 *
 * @param agencies    per visible agency, in name order
 * @param partnership the same across the partnership
 */
public record UseFigures(List<AgencyUse> agencies, AgencyUse partnership) implements Serializable {

    public UseFigures {
        agencies = List.copyOf(agencies);
    }

    /**
     * One agency's use of the scheme in the period. Percentages and rates to one decimal place,
     * times in seconds; null where nothing was measured.
     *
     * @param officers                officers of the agency who could use the scheme in the period
     *                                (signed in before its end, not disabled before its start)
     * @param activeOfficers          the agency's officers who sent at least one referral in the period
     * @param referrals               referrals the agency's officers sent in the period
     * @param referralsPer100Officers referrals / officers x 100
     * @param cardsTimed              of those referrals, the ones whose card time the browser measured
     * @param composeMedianSeconds    median seconds from opening the card to sending it
     * @param composeP90Seconds       90th percentile of the same
     * @param feedbackRated           routings to the agency, made in the period, whose feedback the
     *                                referring officer rated
     * @param feedbackRatedUseful     of those, the ones rated useful
     * @param feedbackUsefulPct       useful / rated, in %
     * @param autoLinks               records of the agency's datasets the engine linked automatically in the period
     * @param autoLinksUndone         of those links, the ones an analyst later undid
     * @param autoLinksUndonePct      undone / automatic links, in %
     */
    public record AgencyUse(String agency, String agencyName, long officers, long activeOfficers, long referrals,
                            Double referralsPer100Officers, long cardsTimed, Double composeMedianSeconds,
                            Double composeP90Seconds, long feedbackRated, long feedbackRatedUseful,
                            Double feedbackUsefulPct, long autoLinks, long autoLinksUndone, Double autoLinksUndonePct) implements Serializable {
    }
}
