package org.eyesandears.referral.service;

import java.time.LocalDate;
import java.util.List;

import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.referral.model.IntelligenceAssessment;
import org.eyesandears.referral.model.PersonCategory;
import org.eyesandears.referral.model.SourceEvaluation;
import org.eyesandears.referral.model.Urgency;

/**
 * A concern card as submitted: about an existing business ({@code businessId}) or new premises
 * ({@code newBusiness}), what was seen, the indicators ticked, the people involved and the grading.
 */
public record NewReferral(Long businessId, NewBusiness newBusiness, LocalDate visitDate,
                          String visitReason, List<String> indicatorCodes, String otherConcern,
                          String otherConcernAgency, String observation, List<NewPerson> people,
                          NewGrading grading, Urgency urgency) {

    /** Premises not yet in the register; {@code businessType} a code of the register's types, or null. */
    public record NewBusiness(String tradingName, String addressLine1, String addressLine2,
                              String town, String postcode, String phone, String companyNumber,
                              String uprn, String businessType) {
    }

    /** A person the officer saw. */
    public record NewPerson(String nameOrDescription, String roleAtPremises, PersonCategory category) {
    }

    /** The 3x5x2 grading. */
    public record NewGrading(SourceEvaluation source, IntelligenceAssessment intelligence,
                             HandlingCode handling, String conditions) {
    }

    public List<String> indicatorCodes() {
        return indicatorCodes == null ? List.of() : indicatorCodes;
    }

    public List<NewPerson> people() {
        return people == null ? List.of() : people;
    }
}
