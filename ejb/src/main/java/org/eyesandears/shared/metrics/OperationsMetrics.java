package org.eyesandears.shared.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of the work that matters to the people running the service, in WildFly's Micrometer
 * registry (ADR 0040): referrals sent, routings triaged, linkage runs (dataset imports, each of
 * which links its records to the register) and audit records appended. A counter moves only when
 * the transaction that did the work commits, so a refused or rolled-back request counts nothing.
 *
 * <p>Counts are per node and start at zero when the node starts; the monitoring system sums the
 * nodes and takes rates (Prometheus {@code rate()}/{@code increase()}), which survive restarts.
 * Tags carry no personal data: an urgency, a routing status, an import outcome, an audit operation.
 *
 * <p>Meters are made with {@code registry.counter(name, tags)}, not with a {@code Counter} builder:
 * the registry WildFly injects is a per-deployment view that passes {@code counter(name, tags)} on
 * to the server's registries (Prometheus), while a builder registers through a Micrometer-internal
 * path the view cannot intercept, so such counters never reach {@code /metrics} (found by
 * {@code ReferralApiIT}).
 */
@ApplicationScoped
public class OperationsMetrics {

    static final String REFERRALS_SENT = "eyesandears.referrals.sent";
    static final String ROUTINGS_TRIAGED = "eyesandears.routings.triaged";
    static final String LINKAGE_RUNS = "eyesandears.linkage.runs";
    static final String AUDIT_APPENDS = "eyesandears.audit.appends";

    @Inject
    MeterRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A referral was sent, with its urgency (ROUTINE, URGENT ...). */
    public void referralSent(String urgency) {
        afterCommit(registry.counter(REFERRALS_SENT, "urgency", urgency));
    }

    /** A desk moved a routing to {@code status}. */
    public void routingTriaged(String status) {
        afterCommit(registry.counter(ROUTINGS_TRIAGED, "to", status));
    }

    /** A dataset import (a linkage run) ended with {@code status} (COMPLETED, FAILED, CANCELLED). */
    public void linkageRun(String status) {
        afterCommit(registry.counter(LINKAGE_RUNS, "status", status));
    }

    /** A record of {@code operation} was appended to the audit chain. */
    public void auditAppended(String operation) {
        afterCommit(registry.counter(AUDIT_APPENDS, "operation", operation));
    }

    private void afterCommit(Counter counter) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new IncrementOnCommit(counter));
    }

    /** Moves a counter when, and only when, the transaction commits. */
    private record IncrementOnCommit(Counter counter) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Nothing to do before the outcome is known.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                counter.increment();
            }
        }
    }
}
