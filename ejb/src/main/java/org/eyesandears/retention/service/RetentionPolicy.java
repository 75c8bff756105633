package org.eyesandears.retention.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

import org.eyesandears.shared.time.London;

/**
 * When a referral comes up for review: on the date a manager set when last keeping it, otherwise
 * the owning agency's retention period (years) after its last activity (submission, a routing,
 * a status change, a question or answer, feedback), counted as a London calendar date.
 */
public final class RetentionPolicy {

    public static final int DEFAULT_YEARS = 6;

    private RetentionPolicy() {
    }

    /** The latest of the given instants (nulls ignored); the submission is never null. */
    public static Instant lastActivity(Instant submittedAt, Instant... routingTimes) {
        return Stream.concat(Stream.of(submittedAt), Stream.of(routingTimes))
                .filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
    }

    public static LocalDate reviewDate(Instant lastActivity, int retentionYears, LocalDate keptUntil) {
        if (keptUntil != null) {
            return keptUntil;
        }
        return lastActivity.atZone(London.ZONE).toLocalDate().plusYears(retentionYears);
    }

    public static boolean isDue(LocalDate reviewDate, LocalDate today) {
        return !reviewDate.isAfter(today);
    }
}
