package org.eyesandears.agency.service;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.model.FeedbackLevel;

/**
 * An agency as shown to users and API clients, with its service levels (working days to the first
 * triage decision and to feedback) and how much feedback it may give back.
 */
public record AgencySummary(String code, String name, boolean active, FeedbackLevel feedbackLevel,
                            int triageTargetDays, int feedbackTargetDays) {

    static AgencySummary of(Agency agency) {
        return new AgencySummary(agency.getCode(), agency.getName(), agency.isActive(),
                agency.getFeedbackLevel(), agency.getTriageTargetDays(), agency.getFeedbackTargetDays());
    }
}
