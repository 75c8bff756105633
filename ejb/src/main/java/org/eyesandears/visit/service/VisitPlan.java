package org.eyesandears.visit.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eyesandears.visit.model.VisitPurpose;

/**
 * What a planner asks for: the business, when, why, who leads and who takes part, the referrals that
 * prompted the visit and the safety notes. {@code overrideReason} answers the clash warnings the
 * planner was shown; {@code expectedVersion} is the version seen, when changing a visit.
 */
public record VisitPlan(Long businessId, Long operationId, Instant startsAt, Instant endsAt, VisitPurpose purpose,
                        String leadAgency, List<Participant> participants, List<String> officers,
                        Set<Long> referralIds, String riskNotes, String overrideReason, Long expectedVersion) {

    /** An agency taking part and how many officers it sends. */
    public record Participant(String agencyCode, Integer headCount) {
    }

    public VisitPlan {
        participants = participants == null ? List.of() : List.copyOf(participants);
        officers = officers == null ? List.of() : List.copyOf(officers);
        referralIds = referralIds == null ? Set.of() : Set.copyOf(referralIds);
    }
}
