package org.eyesandears.triage.service;

import java.io.Serializable;

/** How many routings to an agency are overdue now: no first decision, or no feedback, in time. */
public record OverdueCount(String agency, String agencyName, long awaitingDecision, long awaitingFeedback) implements Serializable {
}
