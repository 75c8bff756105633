package org.eyesandears.triage.service;

import java.time.Instant;

import org.eyesandears.referral.model.Routing;

/** A routing's state after a change: what to show, and the version to send with the next change. */
public record RoutingState(long id, long version, String status, String assignee, String changedBy,
                           Instant changedAt) {

    static RoutingState of(Routing g) {
        return new RoutingState(g.getId(), g.getLockVersion(), g.getStatus().name(), g.getAssignee(),
                g.getChangedBy(), g.getChangedAt());
    }
}
