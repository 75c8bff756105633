package org.eyesandears.shared.schema;

import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema version this build of the application needs: the newest migration it ships, recorded
 * when {@link FlywayMigrationIntegrator} has migrated at start-up. The readiness check
 * ({@code /health/ready}) reports a node not ready while the database's schema is older than this,
 * e.g. after a database was restored from a backup taken before the last upgrade. A newer schema
 * (another node of a rolling upgrade has migrated further) is fine: migrations keep the previous
 * release working (docs/deployment.md, "Upgrades without downtime").
 */
public final class SchemaVersion {

    private static volatile String expected;

    private SchemaVersion() {
    }

    static void expect(String version) {
        expected = version;
    }

    /** The newest migration this code ships; empty before the persistence unit has started. */
    public static Optional<String> expected() {
        return Optional.ofNullable(expected);
    }

    /** Whether the database's schema version {@code actual} is at least {@code needed}. */
    public static boolean satisfies(String actual, String needed) {
        return MigrationVersion.fromVersion(actual).compareTo(MigrationVersion.fromVersion(needed)) >= 0;
    }
}
