package org.eyesandears.agency.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.agency.model.SharingAgreementChange;

/** One entry of an agreement's history: what was done, by whom and when, and the terms it left. */
public record AgreementChangeView(String kind, Instant changedAt, String changedBy, boolean mayRefer,
                                  String gateway, String gatewayReference, FeedbackLevel disclosureLevel,
                                  LocalDate startsOn, LocalDate endsOn, String documentReference,
                                  boolean sharesInterest) implements Serializable {

    static AgreementChangeView of(SharingAgreementChange c) {
        return new AgreementChangeView(c.getKind().name(), c.getChangedAt(), c.getChangedBy(), c.isMayRefer(),
                c.getGateway(), c.getGatewayReference(), c.getDisclosureLevel(), c.getStartsOn(), c.getEndsOn(),
                c.getDocumentReference(), c.isSharesInterest());
    }
}
