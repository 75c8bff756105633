package org.eyesandears.agency.service;

import java.time.LocalDate;

import org.eyesandears.agency.model.FeedbackLevel;

/**
 * What an administrator records for one direction between two agencies. {@code version} is the
 * version they edited (null for a new agreement), so two administrators cannot overwrite each other.
 * {@code sharesInterest}: whether the receiving agency may know that the referring one has an
 * interest in a business (null keeps the recorded choice; a new agreement shares nothing).
 */
public record AgreementTerms(String fromAgency, String toAgency, Boolean mayRefer, String gateway,
                             String gatewayReference, FeedbackLevel disclosureLevel, LocalDate startsOn,
                             LocalDate endsOn, String documentReference, Long version, Boolean sharesInterest) {
}
