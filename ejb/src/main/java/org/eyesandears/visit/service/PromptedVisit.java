package org.eyesandears.visit.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.visit.model.VisitOutcome;

/** A visit a referral prompted, as the referral's reader may know it, with each agency's outcome. */
public record PromptedVisit(long visitId, Instant startsAt, String leadAgency, String status, List<Outcome> outcomes)
        implements Serializable {

    /**
     * One agency's outcome, cut to what its sharing agreement lets it tell the reader: under
     * {@code RECEIVED_ACTIONED} only that it acted ({@code concernsFound} and the counts null); under
     * {@code OUTCOME_ONLY} whether concerns were found and the counts, not the findings; under
     * {@code FULL} also the findings.
     */
    public record Outcome(String agency, FeedbackLevel level, Boolean concernsFound, Integer arrests,
                          Integer notices, Integer seizures, String findings) implements Serializable {

        static Outcome disclosed(String agency, FeedbackLevel level, VisitOutcome o) {
            return switch (level) {
                case FULL -> new Outcome(agency, level, o.getConcernsFound(), o.getArrests(), o.getNotices(),
                        o.getSeizures(), o.getFindings());
                case OUTCOME_ONLY -> new Outcome(agency, level, o.getConcernsFound(), o.getArrests(),
                        o.getNotices(), o.getSeizures(), null);
                case RECEIVED_ACTIONED -> new Outcome(agency, level, null, null, null, null, null);
            };
        }
    }
}
