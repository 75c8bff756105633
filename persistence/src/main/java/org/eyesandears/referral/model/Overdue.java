package org.eyesandears.referral.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a routing is overdue, stated once. For its first decision: none made yet and the
 * first-decision due date is before today. For feedback: none given, the routing not closed, and
 * the feedback due date before today. "Today" is the London date ({@code London.today(clock)}).
 *
 * <p>The rule has three readers, all built from here or held to it: the desk's inbox marks a
 * routing with {@link #of(Routing, LocalDate)}; the dashboard's drill-downs select with
 * {@link #DECISION_JPQL} and {@link #FEEDBACK_JPQL}; the dashboard's counts read
 * {@code routing_awaiting}, the rows due on each date that V100's triggers keep for the routings
 * awaiting a decision (kind D) or feedback (kind F), summed over due dates before today
 * ({@link #AWAITING_SQL}). {@code RoutingReportingColumnsIT} checks, on every due date, that what the
 * triggers kept counts exactly the routings this class calls overdue.
 */
public final class Overdue {

    /** Routing {@code g} overdue for its first decision on {@code :today}. */
    public static final String DECISION_JPQL = "g.firstDecisionAt is null and g.firstDecisionDue < :today";

    /** Routing {@code g} overdue for feedback on {@code :today}. */
    public static final String FEEDBACK_JPQL = "g.feedbackAt is null"
            + " and g.status <> org.eyesandears.referral.model.RoutingStatus.CLOSED and g.feedbackDue < :today";

    /**
     * Overdue counts on {@code :today} per receiving agency and kind ({@code D} first decision,
     * {@code F} feedback) from the triggers' per-due-date counts (ADR 0016).
     */
    public static final String AWAITING_SQL = "select a.agency_code, a.kind, sum(a.routings) from routing_awaiting a"
            + " where a.due_on < :today group by a.agency_code, a.kind having sum(a.routings) > 0";

    private Overdue() {
    }

    /** Whether the routing is overdue for its first decision or for feedback on {@code today}. */
    public static boolean of(Routing g, LocalDate today) {
        return decision(g.getFirstDecisionAt(), g.getFirstDecisionDue(), today)
                || feedback(g.getFeedbackAt(), g.getStatus(), g.getFeedbackDue(), today);
    }

    /** No first decision ({@code decidedAt} null) and its due date before {@code today}. */
    public static boolean decision(Instant decidedAt, LocalDate due, LocalDate today) {
        return decidedAt == null && due != null && due.isBefore(today);
    }

    /** No feedback ({@code feedbackAt} null), not closed, and its due date before {@code today}. */
    public static boolean feedback(Instant feedbackAt, RoutingStatus status, LocalDate due, LocalDate today) {
        return feedbackAt == null && status != RoutingStatus.CLOSED && due != null && due.isBefore(today);
    }
}
