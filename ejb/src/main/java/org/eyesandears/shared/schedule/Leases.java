package org.eyesandears.shared.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The lease rule in plain JDBC (ADR 0033): a job's lease is taken by one conditional UPDATE that
 * succeeds only while nobody holds it, so of several nodes whose timers fire together exactly one
 * wins, on one MariaDB (row lock) as on a Galera cluster (where the losers' commits fail
 * certification, which counts as not taken). The lease is not given back: it lapses, so a job
 * cannot run twice within its hold even if the winner finishes fast.
 */
public final class Leases {

    private Leases() {
    }

    /**
     * Takes the lease of {@code job} for {@code hold} from {@code now} if it is free; true when this
     * caller took it. The caller commits (or its transaction does).
     */
    public static boolean take(Connection c, String job, String holder, Instant now, Duration hold)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT IGNORE INTO job_lease (name, holder, held_until) VALUES (?, NULL, ?)")) {
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.from(Instant.EPOCH.plusSeconds(1)));
            insert.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE job_lease SET holder = ?, held_until = ? WHERE name = ? AND held_until <= ?")) {
            update.setString(1, holder);
            update.setTimestamp(2, Timestamp.from(now.plus(hold)));
            update.setString(3, job);
            update.setTimestamp(4, Timestamp.from(now));
            return update.executeUpdate() == 1;
        }
    }
}
