package org.eyesandears.shared.schedule;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Lets scheduled work run once across a cluster (ADR 0033): each job asks for its lease when its
 * timer fires and runs only if it got it. Taken outside any transaction, each statement committing
 * by itself, so the lease is in the database before the job starts and a second node sees it at
 * once. A failure to take it (the database away, a Galera certification conflict, which fails the
 * statement) counts as not taken: the job runs at its next firing instead.
 */
@Stateless
@PermitAll
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    /** This server, as the lease's holder: the node name WildFly is given, and the process. */
    static final String NODE = System.getProperty("jboss.node.name", "node") + "/"
            + ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:jboss/datasources/EyesAndEarsDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Whether this node may run {@code job} now; if so nobody else may for {@code hold}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean take(String job, Duration hold) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            boolean taken = Leases.take(c, job, NODE, clock.instant(), hold);
            if (!taken) {
                LOG.fine(() -> job + ": another node holds the lease; not run here");
            }
            return taken;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, job + ": could not take the lease; not run now", e);
            return false;
        }
    }
}
