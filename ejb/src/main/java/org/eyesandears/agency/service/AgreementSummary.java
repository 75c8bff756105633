package org.eyesandears.agency.service;

import java.io.Serializable;
import java.time.LocalDate;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.agency.model.SharingAgreement;

/** A sharing agreement as the register shows it, with whether it is in force today. */
public record AgreementSummary(String fromAgency, String toAgency, boolean mayRefer, String gateway,
                               String gatewayReference, FeedbackLevel disclosureLevel, LocalDate startsOn,
                               LocalDate endsOn, String documentReference, long version, boolean inForce,
                               boolean sharesInterest) implements Serializable {

    static AgreementSummary of(SharingAgreement a, LocalDate today) {
        return new AgreementSummary(a.getFromAgency(), a.getToAgency(), a.isMayRefer(), a.getGateway(),
                a.getGatewayReference(), a.getDisclosureLevel(), a.getStartsOn(), a.getEndsOn(),
                a.getDocumentReference(), a.getLockVersion(), a.inForceOn(today), a.isSharesInterest());
    }

    /** How people name the agreement: "FOOD to HMRC (ISP-2024-01)". */
    public String label() {
        return fromAgency + " to " + toAgency + " (" + documentReference + ")";
    }
}
