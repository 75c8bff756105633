package org.eyesandears.shared.startup;

import java.util.List;
import java.util.logging.Logger;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Refuses to start the application in production mode ({@code APP_MODE=production}) while a
 * secret is unset or left at its development default, or an address still points at the local
 * stack ({@link ProductionSettings}): the deployment fails and the server log names every
 * offending setting, never its value.
 *
 * <p>A Hibernate integrator listed before {@code FlywayMigrationIntegrator} in
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}: the persistence unit is the
 * first part of the application WildFly starts, so the refusal comes before the migrations, before
 * any bean or timer, and before a wrong database password could fail the start with a less helpful
 * message.
 */
public class ProductionModeCheck implements Integrator {

    static final String REFUSAL = "Eyes and Ears refuses to start in production mode (APP_MODE=production)."
            + " Set these settings (docs/deployment.md): ";

    private static final Logger LOG = Logger.getLogger(ProductionModeCheck.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        if (!ProductionSettings.isProduction(ProductionModeCheck::setting)) {
            LOG.info("Development mode: settings left unset take their local defaults (APP_MODE=production refuses that).");
            return;
        }
        List<String> problems = ProductionSettings.problems(ProductionModeCheck::setting);
        if (!problems.isEmpty()) {
            String message = REFUSAL + String.join("; ", problems) + ".";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info("Production mode: every required setting is set and none is a development default.");
    }

    /** As {@code shared.config.Settings.get} (ejb module): a system property, else the environment. */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing held.
    }
}
