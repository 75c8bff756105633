package org.eyesandears.referral.service;

import java.time.Instant;
import java.time.LocalDate;

/** A referral as a business page lists it, for a reader who may see it. */
public record BusinessReferral(String reference, long businessId, String authorAgencyCode, LocalDate visitDate,
                               Instant submittedAt, String urgency) {
}
