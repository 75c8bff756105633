package org.eyesandears.visit.service;

/**
 * A business of interest to two or more agencies (ADR 0032) with no visit planned; {@code businessType}
 * its kind in words, or null.
 */
public record BusinessOfInterest(long businessId, String businessName, String postcode, long agencies,
                                 String businessType) {
}
