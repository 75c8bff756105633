package org.eyesandears.reporting.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eyesandears.referral.model.RoutingStatus;

/** One routing behind a dashboard figure: which referral, from and to which agency, and its dates. */
public record RoutingRow(long id, String reference, String business, String fromAgency, String toAgency,
                         RoutingStatus status, Instant createdAt, Instant firstDecisionAt, Instant feedbackAt,
                         LocalDate firstDecisionDue, LocalDate feedbackDue) {
}
