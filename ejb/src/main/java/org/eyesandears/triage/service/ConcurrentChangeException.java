package org.eyesandears.triage.service;

import java.time.Instant;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the routing since the caller read it: nothing was saved, and the caller
 * is told who changed it, when, and what it is now, to decide again.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final String currentStatus;
    private final long currentVersion;

    public ConcurrentChangeException(String changedBy, Instant changedAt, String currentStatus,
                                     long currentVersion) {
        super("Changed by " + changedBy + " at " + changedAt + "; it is now " + currentStatus + ".");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentStatus = currentStatus;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String currentStatus() {
        return currentStatus;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
