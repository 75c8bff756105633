package org.eyesandears.retention.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.eyesandears.retention.model.RetainedKind;

/**
 * A visit or source record as the retention review sees it: enough to decide, no free text. The
 * label names it without intelligence (a visit: business and date; a source record: dataset and
 * the row's id in it). For an erased one, also who erased it, when and why (the tombstone).
 */
public record RetainedItem(RetainedKind kind, long id, String agency, String label, Instant lastActivity,
                           int retentionYears, LocalDate reviewDate, boolean due, String keptBy, Instant keptAt,
                           String keptReason, Instant erasedAt, String erasedBy, String erasureReason)
        implements Serializable {
}
