package org.eyesandears.visit.service;

import java.io.Serializable;
import java.time.LocalDate;

/** An operation (week of action) and how many visits it holds. */
public record OperationSummary(long id, String name, String leadAgency, LocalDate startsOn, LocalDate endsOn,
                               String area, String description, long visits) implements Serializable {
}
