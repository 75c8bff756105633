package org.eyesandears.referral.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eyesandears.referral.service.ReferralDetail;

/**
 * Routing statuses and gradings in plain words. Statuses are worded for any reader ("question for
 * the officer"); {@link #statusFor} words them for the referring officer themself.
 */
@Named
@ApplicationScoped
public class RoutingText {

    private static final Map<String, String> STATUS = Map.of(
            "NEW", "received, not yet looked at",
            "IN_REVIEW", "being reviewed",
            "ACCEPTED", "taken on",
            "INFO_REQUESTED", "question for the officer",
            "REFERRED_ON", "passed to another agency",
            "NO_FURTHER_ACTION", "no further action",
            "CLOSED", "closed");

    private static final Map<String, String> SOURCE = Map.of(
            "RELIABLE", "reliable source (1)", "UNTESTED", "untested source (2)",
            "NOT_RELIABLE", "source not reliable (3)");

    private static final Map<String, String> INTELLIGENCE = Map.of(
            "A", "known directly (A)", "B", "known indirectly, corroborated (B)",
            "C", "known indirectly (C)", "D", "not known how the source knows (D)",
            "E", "suspected false or malicious (E)");

    private static final Map<String, String> HANDLING = Map.of(
            "P", "may be shared (P)", "C", "may be shared with conditions (C)");

    private static final Map<String, String> USEFULNESS = Map.of(
            "USEFUL", "useful", "PARTLY_USEFUL", "partly useful", "NOT_USEFUL", "not useful",
            "TOO_EARLY_TO_SAY", "too early to say");

    private static final Map<String, String> OUTCOME = Map.of(
            "ENFORCEMENT_ACTION", "enforcement action", "WARRANT_OBTAINED", "warrant obtained",
            "ARREST", "arrest", "NOTICE_SERVED", "notice served", "ADVICE_GIVEN", "advice given",
            "JOINED_EXISTING_CASE", "joined to an existing case", "NO_ACTION", "no action",
            "RECEIVED", "received", "ACTIONED", "actioned");

    public String usefulness(String usefulness) {
        return USEFULNESS.getOrDefault(usefulness, usefulness);
    }

    public String outcome(String outcome) {
        return OUTCOME.getOrDefault(outcome, outcome);
    }

    public String status(String status) {
        return STATUS.getOrDefault(status, status);
    }

    /** The status as its reader should read it: the referring officer is asked "a question for you". */
    public String statusFor(String status, boolean authorReading) {
        return authorReading && "INFO_REQUESTED".equals(status) ? "question for you" : status(status);
    }

    /** E.g. "reliable source (1), known directly (A), may be shared (P)". */
    public String grading(ReferralDetail.GradingView grading) {
        return SOURCE.getOrDefault(grading.source(), grading.source()) + ", "
                + INTELLIGENCE.getOrDefault(grading.intelligence(), grading.intelligence()) + ", "
                + HANDLING.getOrDefault(grading.handling(), grading.handling());
    }
}
