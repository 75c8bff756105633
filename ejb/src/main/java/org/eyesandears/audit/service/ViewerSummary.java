package org.eyesandears.audit.service;

import java.io.Serializable;
import java.time.Instant;

/** Who has seen an object: one user, their agency, how often, first and last time. */
public record ViewerSummary(String username, String agencyCode, long times, Instant firstSeen, Instant lastSeen) implements Serializable {
}
