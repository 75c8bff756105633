package org.eyesandears.business.register.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a business's history across agencies: a record first seen in a dataset, a link
 * decision, a referral (only those the reader may see, with its handling conditions when graded C
 * and the day of its erasure when it is a tombstone), a visit (in outline, as the calendar shows it).
 */
public record HistoryEntry(Instant at, String kind, String agency, String text, String reference,
                           String handlingConditions, LocalDate erasedOn) implements Serializable {

    public HistoryEntry(Instant at, String kind, String agency, String text, String reference) {
        this(at, kind, agency, text, reference, null, null);
    }
}
