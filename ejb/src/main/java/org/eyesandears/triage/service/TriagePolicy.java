package org.eyesandears.triage.service;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eyesandears.referral.model.RoutingStatus;

/**
 * The triage state machine, as plain logic:
 * NEW to IN_REVIEW (assigned to a desk officer); IN_REVIEW to ACCEPTED, INFO_REQUESTED,
 * REFERRED_ON or NO_FURTHER_ACTION; INFO_REQUESTED back to IN_REVIEW when the officer answers;
 * ACCEPTED, REFERRED_ON and NO_FURTHER_ACTION to CLOSED, with feedback given first.
 */
public final class TriagePolicy {

    private static final Map<RoutingStatus, Set<RoutingStatus>> ALLOWED = Map.of(
            RoutingStatus.NEW, EnumSet.of(RoutingStatus.IN_REVIEW),
            RoutingStatus.IN_REVIEW, EnumSet.of(RoutingStatus.ACCEPTED, RoutingStatus.INFO_REQUESTED,
                    RoutingStatus.REFERRED_ON, RoutingStatus.NO_FURTHER_ACTION),
            RoutingStatus.INFO_REQUESTED, EnumSet.of(RoutingStatus.IN_REVIEW),
            RoutingStatus.ACCEPTED, EnumSet.of(RoutingStatus.CLOSED),
            RoutingStatus.REFERRED_ON, EnumSet.of(RoutingStatus.CLOSED),
            RoutingStatus.NO_FURTHER_ACTION, EnumSet.of(RoutingStatus.CLOSED),
            RoutingStatus.CLOSED, EnumSet.noneOf(RoutingStatus.class));

    private TriagePolicy() {
    }

    public static boolean allowed(RoutingStatus from, RoutingStatus to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /** Where a routing may go next from {@code from}. */
    public static Set<RoutingStatus> next(RoutingStatus from) {
        Set<RoutingStatus> next = ALLOWED.get(from);
        return next.isEmpty() ? EnumSet.noneOf(RoutingStatus.class) : EnumSet.copyOf(next);
    }

    /**
     * The moves from {@code from} that will succeed now: {@link #next} less closing before feedback
     * is given, so that a desk is never offered a move only to have it refused.
     */
    public static Set<RoutingStatus> possible(RoutingStatus from, boolean feedbackGiven) {
        Set<RoutingStatus> moves = next(from);
        moves.removeIf(to -> refusal(from, to, feedbackGiven) != null);
        return moves;
    }

    /** Why a move is refused, in words a desk officer understands; null when it is allowed. */
    public static String refusal(RoutingStatus from, RoutingStatus to, boolean feedbackGiven) {
        if (!allowed(from, to)) {
            return "A routing that is " + words(from) + " cannot become " + words(to) + "."
                    + (next(from).isEmpty() ? " It is closed." : " It can become: " + String.join(", ",
                    next(from).stream().map(TriagePolicy::words).toList()) + ".");
        }
        if (to == RoutingStatus.CLOSED && !feedbackGiven) {
            return "Give the referring officer feedback before closing.";
        }
        return null;
    }

    static String words(RoutingStatus status) {
        return status.name().toLowerCase(java.util.Locale.UK).replace('_', ' ');
    }
}
