package org.eyesandears.referral.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral as a business page lists it, for a reader who may see it, with its handling conditions
 * (graded C) or the day it was erased (tombstone).
 */
public record BusinessReferral(String reference, long businessId, String authorAgencyCode, LocalDate visitDate,
                               Instant submittedAt, String urgency, String handlingConditions, LocalDate erasedOn) implements Serializable {
}
