package org.eyesandears.business.model;

/** Where an import job stands. */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED;

    /** @return whether the job has stopped for good */
    public boolean finished() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
}
