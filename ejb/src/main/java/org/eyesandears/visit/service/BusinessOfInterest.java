package org.eyesandears.visit.service;

/** A business with open routings at two or more agencies and no visit planned. */
public record BusinessOfInterest(long businessId, String businessName, String postcode, long agencies) {
}
