package org.eyesandears.business.imports.service;

import java.io.Serializable;
import java.time.Instant;

/** An import job as the import page shows it. */
public record ImportProgress(long id, long datasetId, String datasetLabel, String fileName, String status,
                             int rowsTotal, int rowsDone, int rowsAdded, int rowsUpdated, int rowsUnchanged,
                             int rowsBad, int linkedAutomatically, int sentToReview, int newBusinesses,
                             boolean cancelRequested, String failure, String startedBy, Instant startedAt,
                             Instant finishedAt) implements Serializable {

    /** Whole percent of the usable rows processed. */
    public int percentDone() {
        int usable = rowsTotal - rowsBad;
        return usable <= 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100L * rowsDone / usable);
    }

    public boolean finished() {
        return "COMPLETED".equals(status) || "CANCELLED".equals(status) || "FAILED".equals(status);
    }
}
