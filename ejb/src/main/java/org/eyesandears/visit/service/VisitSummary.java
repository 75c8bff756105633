package org.eyesandears.visit.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A visit as the shared calendar shows it to everyone in the partnership: the business, when, the
 * lead and the agencies taking part, its status and operation. No intelligence.
 */
public record VisitSummary(long id, long businessId, String businessName, String address, String postcode,
                           String district, Instant startsAt, Instant endsAt, String purpose, String leadAgency,
                           String leadAgencyName, List<String> agencies, String status, Long operationId,
                           String operationName, boolean involvesMe, long version) implements Serializable {
}
