package org.eyesandears.triage.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An information request as either desk sees it: {@code incoming} when the caller's agency was asked.
 * {@code overdue} when still open after its due date.
 */
public record RequestView(long id, long version, long businessId, String businessName, String postcode,
                          String fromAgency, String fromAgencyName, String toAgency, String toAgencyName,
                          boolean incoming, String askedBy, Instant askedAt, String question, LocalDate dueOn,
                          boolean overdue, String status, String answer, String answeredBy, Instant answeredAt,
                          String usefulness) implements Serializable {
}
