package org.eyesandears.it;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeKill;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the application deployed from one test class to the next, so a test run deploys the EAR
 * once instead of once per class (ADR 0027).
 *
 * <p>A class's managed, client-side ({@code testable = false}) deployment of an archive that is
 * already deployed, the very same archive object ({@link Stack#application()} gives every class
 * the same one), is not deployed again: Arquillian is told it is deployed and the class runs against
 * it. At the end of such a class the deployment is kept. It is undeployed for real when anything
 * else is to be deployed (another archive, a test-side deployment, or an unmanaged deployment such
 * as {@code InterruptedImportIT}'s, which stops and starts the application itself), and before the
 * container stops at the end of the run, so it does not stay in the server's configuration.
 * Everything else goes through Arquillian unchanged.
 *
 * <p>Registered through {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    /** Registers {@link SharedDeployment} with Arquillian. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> deploymentDescription;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    /** The deployed archive kept for the next class, or null. */
    private Archive<?> kept;
    private DeployableContainer<?> keptIn;
    private ProtocolMetaData keptMetaData;
    private int deployments;
    private int reuses;

    /*
     * Runs inside Arquillian's own interceptors (lower precedence), so the deployment context of the
     * class's Deployment is active here and the producers above fill it as a real deployment would.
     */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        Deployment requested = event.getDeployment();
        DeploymentDescription description = requested.getDescription();
        if (kept != null && shareable(description) && description.getArchive() == kept
                && event.getDeployableContainer() == keptIn) {
            deploymentDescription.set(description);
            deployment.set(requested);
            if (keptMetaData != null) {
                protocolMetaData.set(keptMetaData);
            }
            requested.deployed();
            reuses++;
            return;
        }
        undeployKept();
        context.proceed();
        if (shareable(description) && requested.isDeployed() && !requested.hasDeploymentError()) {
            kept = description.getArchive();
            keptIn = event.getDeployableContainer();
            keptMetaData = protocolMetaData.get();
            deployments++;
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) throws Exception {
        DeploymentDescription description = context.getEvent().getDeployment().getDescription();
        if (kept != null && shareable(description) && description.getArchive() == kept
                && context.getEvent().getDeployableContainer() == keptIn) {
            return; // stays deployed for the next class
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) {
        undeployBeforeShutdown(event.getDeployableContainer());
    }

    public void beforeKill(@Observes BeforeKill event) {
        undeployBeforeShutdown(event.getDeployableContainer());
    }

    private void undeployBeforeShutdown(DeployableContainer<?> container) {
        if (kept != null && container == keptIn) {
            String name = kept.getName();
            try {
                undeployKept();
            } catch (Exception e) {
                // The server stops next anyway; say so, as a failed undeploy leaves it in the configuration.
                LOG.log(Level.WARNING, "Could not undeploy " + name + " before the server stops", e);
            }
        }
        LOG.info(() -> "Shared deployments: " + deployments + " made, reused by " + reuses
                + " test classes without redeploying");
    }

    /** Undeploys the kept archive, if any; forgotten first, so a failed undeploy is not retried. */
    private void undeployKept() throws Exception {
        if (kept == null) {
            return;
        }
        Archive<?> archive = kept;
        DeployableContainer<?> container = keptIn;
        forget();
        container.undeploy(archive);
    }

    private void forget() {
        kept = null;
        keptIn = null;
        keptMetaData = null;
    }

    private static boolean shareable(DeploymentDescription description) {
        return description.managed() && !description.testable() && description.isArchiveDeployment();
    }
}
