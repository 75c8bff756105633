package org.eyesandears.agency.service;

import java.io.Serializable;
import org.eyesandears.agency.model.Agency;

/**
 * An agency as shown to users and API clients, with its short name (for the printed card and
 * narrow columns), its service levels (working days to the first triage decision and to feedback)
 * and the years its referrals are kept after their last activity before review. {@code version}
 * is what an administrator's change must name. What it may disclose back is in its sharing
 * agreements.
 */
public record AgencySummary(String code, String name, boolean active, int triageTargetDays, int feedbackTargetDays,
                            int retentionYears, String shortName, long version) implements Serializable {

    static AgencySummary of(Agency agency) {
        return new AgencySummary(agency.getCode(), agency.getName(), agency.isActive(),
                agency.getTriageTargetDays(), agency.getFeedbackTargetDays(), agency.getRetentionYears(),
                agency.getShortName(), agency.getLockVersion());
    }
}
