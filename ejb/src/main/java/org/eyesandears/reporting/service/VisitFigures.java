package org.eyesandears.reporting.service;

import java.io.Serializable;
import java.util.List;

/**
 * Joint visits of one period as the caller may see them (docs/metrics.md defines each figure). A
 * joint visit is held when it started in the period (London dates), before now, was confirmed or
 * done, and two or more agencies took part (the lead and those that accepted).
 *
 * @param held                  joint visits held in the scope: all of them for the partnership, those
 *                              the agency took part in for one agency
 * @param heldPartnership       joint visits held across the partnership
 * @param meanAgencies          agencies per joint visit held in the scope (one decimal), null if none
 * @param meanAgenciesPartnership the same across the partnership
 * @param agenciesPerVisit      how many visits of the scope had 2, 3, ... agencies
 * @param agencies              per visible agency: visits taken part in and the outcomes it recorded
 * @param partnership           the same totals across the partnership (agency {@code ALL})
 */
public record VisitFigures(long held, long heldPartnership, Double meanAgencies, Double meanAgenciesPartnership,
                           List<SizeCount> agenciesPerVisit, List<AgencyVisits> agencies, AgencyVisits partnership) implements Serializable {

    public VisitFigures {
        agenciesPerVisit = List.copyOf(agenciesPerVisit);
        agencies = List.copyOf(agencies);
    }

    /** Joint visits held with {@code agencies} agencies taking part. */
    public record SizeCount(int agencies, long visits) implements Serializable {
    }

    /**
     * One agency's part in the joint visits held: visits it took part in, outcomes it recorded and
     * their totals (arrests, notices, seizures, and outcomes in which advice was given).
     */
    public record AgencyVisits(String agency, String agencyName, long visits, long outcomesRecorded, long arrests,
                               long notices, long seizures, long adviceGiven) implements Serializable {
    }
}
