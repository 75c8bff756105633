package org.eyesandears.visit.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.agency.service.LeadAdvice;
import org.eyesandears.agency.service.ReferenceDataService;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * The lead agency the powers directory suggests for a visit to a business ({@link LeadAdvice}),
 * among the agencies with an interest in it that the planner may name ({@link
 * VisitQueries#interestedAgencies}). Advice only: the planner chooses the lead (ADR 0031).
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
public class LeadSuggestions {

    @Inject
    VisitQueries queries;

    @Inject
    ReferenceDataService referenceData;

    /** The suggestion, or null when no interested agency holds a power such a visit may need. */
    public LeadAdvice.Suggestion suggest(Long businessId, String purpose) {
        List<Violation> problems = new ArrayList<>();
        if (businessId == null) {
            problems.add(new Violation("businessId", "Give the business's id."));
        }
        if (purpose != null && !List.of("ENFORCEMENT", "COMPLIANCE_SUPPORT", "MIXED").contains(purpose)) {
            problems.add(new Violation("purpose", "Give ENFORCEMENT, COMPLIANCE_SUPPORT or MIXED."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> candidates = queries.interestedAgencies(businessId).stream()
                .map(AgencyInterest::agencyCode).filter(code -> code != null).toList();
        return LeadAdvice.suggest(candidates, purpose, referenceData.powers());
    }
}
