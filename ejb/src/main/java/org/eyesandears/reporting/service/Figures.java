package org.eyesandears.reporting.service;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of one period, as the caller may see them (see docs/metrics.md for each definition).
 *
 * @param matrix      routings from the referring agency to the receiving agency
 * @param agencies    per-agency figures the caller may see
 * @param partnership the same figures over all agencies
 * @param usefulness  feedback usefulness per receiving agency; agency {@code ALL} for the partnership
 * @param outcomes    feedback outcome categories per receiving agency; agency {@code ALL} for the partnership
 * @param officers    referrals per officer of the caller's own agency (agency managers only)
 * @param businesses  businesses of interest to two or more, and three or more, agencies
 * @param visits      joint visits held (see {@link VisitStatsQueries}); null until added by {@link #withVisits}
 * @param teams       referrals per team of the caller's own agency (agency managers only; {@link TeamStatsQueries})
 * @param use         the figures for use ({@link UseStatsQueries}); null until added by {@link #withUse}
 */
public record Figures(List<Flow> matrix, List<AgencyFigures> agencies, AgencyFigures partnership,
                      List<CategoryCount> usefulness, List<CategoryCount> outcomes, List<OfficerCount> officers,
                      BusinessInterest businesses, VisitFigures visits, List<TeamCount> teams, UseFigures use) implements Serializable {

    public Figures {
        matrix = List.copyOf(matrix);
        agencies = List.copyOf(agencies);
        usefulness = List.copyOf(usefulness);
        outcomes = List.copyOf(outcomes);
        officers = List.copyOf(officers);
        teams = List.copyOf(teams);
    }

    /** The routing figures alone; the visit figures come from another query class. */
    public Figures(List<Flow> matrix, List<AgencyFigures> agencies, AgencyFigures partnership,
                   List<CategoryCount> usefulness, List<CategoryCount> outcomes, List<OfficerCount> officers,
                   BusinessInterest businesses) {
        this(matrix, agencies, partnership, usefulness, outcomes, officers, businesses, null, List.of(), null);
    }

    /** These figures with the period's joint-visit figures. */
    public Figures withVisits(VisitFigures joint) {
        return new Figures(matrix, agencies, partnership, usefulness, outcomes, officers, businesses, joint, teams, use);
    }

    /** These figures with the period's referrals per team. */
    public Figures withTeams(List<TeamCount> perTeam) {
        return new Figures(matrix, agencies, partnership, usefulness, outcomes, officers, businesses, visits, perTeam, use);
    }

    /** These figures with the period's figures for use. */
    public Figures withUse(UseFigures forUse) {
        return new Figures(matrix, agencies, partnership, usefulness, outcomes, officers, businesses, visits, teams,
                forUse);
    }

    /** Routings referred by agency {@code from} to agency {@code to}. */
    public record Flow(String from, String to, long routings) implements Serializable {
    }

    /** How many routings of an agency carried a category of feedback. */
    public record CategoryCount(String agency, String category, long count) implements Serializable {
    }

    /** Referrals submitted by one officer. */
    public record OfficerCount(String username, String name, long referrals) implements Serializable {
    }

    /** Businesses whose referrals went to two or more (three or more) agencies, in total and per month. */
    public record BusinessInterest(long twoOrMore, long threeOrMore, List<Month> months) implements Serializable {

        public BusinessInterest {
            months = List.copyOf(months);
        }
    }

    /** The same counts for one London calendar month (yyyy-MM) inside the period. */
    public record Month(String month, long twoOrMore, long threeOrMore) implements Serializable {
    }
}
