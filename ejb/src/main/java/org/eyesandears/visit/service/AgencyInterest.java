package org.eyesandears.visit.service;

/**
 * An agency with an open interest in a business: routings not yet closed, and records in its own
 * datasets seen or updated in the last year. It should be invited to a visit there.
 */
public record AgencyInterest(String agencyCode, String agencyName, long openRoutings, long recentRecords) {

    /** The name of the one entry, without a code, for agencies the reader may not name (ADR 0017). */
    public static final String OTHER_AGENCIES = "Other agencies (not named under your sharing agreements)";
}
