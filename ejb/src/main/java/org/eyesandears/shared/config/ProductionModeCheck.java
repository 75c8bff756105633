package org.eyesandears.shared.config;

import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Refuses to start the application in production mode ({@code APP_MODE=production}) while a
 * secret is unset or left at its development default, or an address still points at the local
 * stack ({@link ProductionSettings}): the deployment fails and the server log names every
 * offending setting, never its value.
 *
 * <p>A CDI extension, so it runs while the deployment starts, before any bean, timer or start-up
 * singleton of the application has run (registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}).
 */
public class ProductionModeCheck implements Extension {

    static final String REFUSAL = "Eyes and Ears refuses to start in production mode (APP_MODE=production)."
            + " Set these settings (docs/deployment.md): ";

    private static final Logger LOG = Logger.getLogger(ProductionModeCheck.class.getName());

    void check(@Observes BeforeBeanDiscovery event) {
        if (!ProductionSettings.isProduction(Settings::get)) {
            LOG.info("Development mode: settings left unset take their local defaults (APP_MODE=production refuses that).");
            return;
        }
        List<String> problems = ProductionSettings.problems(Settings::get);
        if (!problems.isEmpty()) {
            String message = REFUSAL + String.join("; ", problems) + ".";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info("Production mode: every required setting is set and none is a development default.");
    }
}
