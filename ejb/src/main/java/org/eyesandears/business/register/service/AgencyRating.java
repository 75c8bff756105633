package org.eyesandears.business.register.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One agency's own latest word on a business, from one of its datasets, as the agency recorded it:
 * record type, status, rating on its own scale, the event's date, and whether the agency's rule
 * finds it adverse. The business page shows them side by side and never merges them into one
 * score (ADR 0032): a food-hygiene 1 and a fire "Enforcement" do not add up.
 */
public record AgencyRating(String agency, String dataset, String recordType, String status, String rating,
                           LocalDate eventDate, boolean adverse) implements Serializable {
}
