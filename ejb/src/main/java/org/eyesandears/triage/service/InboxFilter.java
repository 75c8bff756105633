package org.eyesandears.triage.service;

import java.time.LocalDate;

import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Urgency;

/** What a desk officer narrows the inbox to; null fields do not filter. */
public record InboxFilter(RoutingStatus status, Urgency urgency, LocalDate from, LocalDate to,
                          String business, String referringAgency, String assignee) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null, null);
    }
}
