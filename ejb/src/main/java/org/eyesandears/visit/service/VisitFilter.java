package org.eyesandears.visit.service;

import java.time.Instant;

/** The calendar's filters; null means any. {@code district} is a postcode district ("W5"). */
public record VisitFilter(Instant from, Instant to, String agency, String district, Long businessId,
                          Long operationId) {
}
