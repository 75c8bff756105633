package org.eyesandears.triage.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of a desk's inbox: the routing, its referral and business, the indicators for this
 * agency, who referred it, how old it is and when a decision is due; the handling conditions of a referral graded C,
 * and the day of the erasure of a tombstone.
 */
public record InboxItem(long routingId, long version, String reference, long businessId, String businessName,
                        String postcode, String status, String urgency, List<String> indicators,
                        String referringAgency, Instant routedAt, LocalDate firstDecisionDue,
                        LocalDate feedbackDue, boolean overdue, String assignee, String handlingConditions,
                        LocalDate erasedOn) implements Serializable {
}
