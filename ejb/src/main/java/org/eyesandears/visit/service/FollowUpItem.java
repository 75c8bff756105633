package org.eyesandears.visit.service;

import java.time.LocalDate;

/** A follow-up task on its owner's home page. */
public record FollowUpItem(long id, long visitId, String businessName, String description, LocalDate dueOn,
                           boolean overdue) {
}
