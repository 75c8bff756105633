package org.eyesandears.visit.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eyesandears.referral.service.ReferralBrief;

/**
 * A visit as one reader may see it. Agencies taking part see the risk notes, named officers, the
 * prompting referrals they may see themselves, outcomes and follow-ups; everyone else sees the
 * summary and who takes part, so they can ask to join rather than book a second visit.
 */
public record VisitDetail(VisitSummary summary, String cancelReason, List<Participant> participants,
                          boolean details, String riskNotes, List<Officer> officers, List<ReferralBrief> referrals,
                          List<Outcome> outcomes, List<Task> followUps, List<Override> overrides,
                          List<PastVisit> history, boolean canEdit, boolean canRespond, boolean canRecordOutcome) implements Serializable {

    /** Another visit to the same business, in outline: the business's visit history. */
    public record PastVisit(long id, Instant startsAt, String leadAgencyName, String status) implements Serializable {
    }

    /** An agency on the visit and its answer. */
    public record Participant(String agencyCode, String agencyName, int headCount, String response,
                              String declineReason, boolean lead) implements Serializable {
    }

    /** A named officer, as the briefing's contact list. */
    public record Officer(String username, String displayName, String agencyName) implements Serializable {
    }

    /** One agency's outcome; {@code concernsFound} is null on outcomes recorded before it was asked. */
    public record Outcome(String agencyCode, String agencyName, Boolean concernsFound, String findings, int arrests, int notices,
                          int seizures, boolean adviceGiven, String recordedBy, Instant recordedAt) implements Serializable {
    }

    /** A follow-up task left by the visit. */
    public record Task(long id, String agencyName, String description, String owner, LocalDate dueOn,
                       boolean done) implements Serializable {
    }

    /** A clash warning the planner overrode, and why. */
    public record Override(String kind, String detail, String reason, String by, Instant at) implements Serializable {
    }
}
