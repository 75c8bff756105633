package org.eyesandears.visit.service;

/** An agency with open work about a business: it should be invited to a visit there. */
public record AgencyInterest(String agencyCode, String agencyName, long openRoutings) {
}
