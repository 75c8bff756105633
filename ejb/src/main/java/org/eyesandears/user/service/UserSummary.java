package org.eyesandears.user.service;

import java.time.Instant;

/** A local user profile as administrators see it. */
public record UserSummary(String username, String displayName, String agency,
                          Instant firstLoginAt, Instant lastLoginAt) {
}
