package org.eyesandears.visit.service;

/**
 * An agency with an open interest in a business: routings not yet closed, and records in its own
 * datasets seen or updated in the last year. It should be invited to a visit there.
 */
public record AgencyInterest(String agencyCode, String agencyName, long openRoutings, long recentRecords) {
}
