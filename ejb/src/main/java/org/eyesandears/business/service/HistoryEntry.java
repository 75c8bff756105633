package org.eyesandears.business.service;

import java.time.Instant;

/**
 * One event in a business's history across agencies: a record first seen in a dataset, a link
 * decision, a referral (only those the reader may see), a visit (in outline, as the calendar shows it).
 */
public record HistoryEntry(Instant at, String kind, String agency, String text, String reference) {
}
