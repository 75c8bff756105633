package org.eyesandears.reporting.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.referral.model.Referral;
import org.eyesandears.referral.model.RoutingStatus;

/**
 * One routing behind a dashboard figure: which referral, from and to which agency, and its dates;
 * the referral's handling conditions when graded C, the day it was erased when it is a tombstone;
 * whether the reader may open the referral ({@code openable}: the list links it only then).
 */
public record RoutingRow(long id, String reference, String business, String fromAgency, String toAgency,
                         RoutingStatus status, Instant createdAt, Instant firstDecisionAt, Instant feedbackAt,
                         LocalDate firstDecisionDue, LocalDate feedbackDue, String handlingConditions,
                         LocalDate erasedOn, boolean openable) {

    /**
     * The select and from clauses of every drill-down over routings, aliasing the routing {@code g},
     * its referral {@code r} and business {@code b}; callers append their where and order clauses.
     */
    public static final String QUERY = "select new org.eyesandears.reporting.service.RoutingRow(g.id, r.reference,"
            + " b.tradingName, r.authorAgencyCode, g.agencyCode, g.status, g.createdAt, g.firstDecisionAt,"
            + " g.feedbackAt, g.firstDecisionDue, g.feedbackDue, r.grading.handling, r.grading.conditions, r.erasedAt)"
            + " from Routing g join g.referral r join r.business b";

    /** As the drill-down query selects it: the grading's handling code and conditions, the erasure time. */
    public RoutingRow(long id, String reference, String business, String fromAgency, String toAgency,
                      RoutingStatus status, Instant createdAt, Instant firstDecisionAt, Instant feedbackAt,
                      LocalDate firstDecisionDue, LocalDate feedbackDue, HandlingCode handling, String conditions,
                      Instant erasedAt) {
        this(id, reference, business, fromAgency, toAgency, status, createdAt, firstDecisionAt, feedbackAt,
                firstDecisionDue, feedbackDue, Referral.handlingConditions(handling, conditions),
                Referral.erasedOn(erasedAt), false);
    }

    /** The rows with {@code openable} set from the references the reader may open. */
    static java.util.List<RoutingRow> marked(java.util.List<RoutingRow> rows, java.util.Set<String> openable) {
        return rows.stream().map(r -> new RoutingRow(r.id, r.reference, r.business, r.fromAgency, r.toAgency, r.status,
                r.createdAt, r.firstDecisionAt, r.feedbackAt, r.firstDecisionDue, r.feedbackDue, r.handlingConditions,
                r.erasedOn, openable.contains(r.reference))).toList();
    }
}
