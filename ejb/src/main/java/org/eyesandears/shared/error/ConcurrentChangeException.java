package org.eyesandears.shared.error;

import java.time.Instant;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record since the caller read it: nothing was saved, and where the
 * service knows it the caller is told who changed it, when, and what it is now, to decide again.
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

    /** A change by someone the service cannot name (the caller's version is simply stale). */
    public ConcurrentChangeException(String what) {
        super("Someone else changed this " + what + " meanwhile.");
        this.changedBy = null;
        this.changedAt = null;
        this.currentStatus = null;
        this.currentVersion = -1;
    }

    /** Whether the service named who changed it, when, and to what. */
    public boolean known() {
        return changedBy != null;
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
