package org.eyesandears.shared.schema;

import java.util.Arrays;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the database with Flyway while Hibernate builds the session factory.
 *
 * <p>Hibernate calls integrators before it validates the schema, so running the migrations here
 * guarantees that validation always sees the migrated schema, in every deployment (application,
 * Arquillian test archives) and without a separate migration step. Flyway's table lock keeps two
 * starting servers apart.
 *
 * <p>Migrations run as the schema owner ({@value #OWNER_DATA_SOURCE}, account DB_OWNER_USER), not
 * as the application's account, and {@link ApplicationGrants} then grants the application's
 * account only what it needs: never UPDATE or DELETE on the audit trail (ADR 0007).
 */
public class FlywayMigrationIntegrator implements Integrator {

    /** The schema owner's data source, defined by the server configuration. */
    public static final String OWNER_DATA_SOURCE = "java:jboss/datasources/EyesAndEarsOwnerDS";

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource owner = ownerDataSource();
        Flyway flyway = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .callbacks(new ApplicationGrants(env("DB_USER", "eyesandears"), env("DB_USER_HOST", "%")))
                .load();
        MigrateResult result = flyway.migrate();
        // The newest migration this code ships: the readiness check compares the database with it.
        Arrays.stream(flyway.info().all())
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .ifPresent(v -> SchemaVersion.expect(v.getVersion()));
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private static DataSource ownerDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(OWNER_DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The schema owner's data source " + OWNER_DATA_SOURCE
                    + " is missing: the server configuration defines it from DB_OWNER_USER", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: Flyway holds no resources after migrate().
    }
}
