package org.eyesandears.audit.service;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eyesandears.shared.schedule.JobLeases;

/**
 * Checks the whole audit chain every night and keeps the latest report for the auditor's page, and
 * every ten minutes checks the rows written since the last checkpoint and checkpoints the chain's
 * end outside the database (ADR 0018). A broken chain is logged as SEVERE for the operators' log
 * monitoring, and no checkpoint is written for it.
 */
@Singleton
public class AuditChainWatch {

    private static final Logger LOG = Logger.getLogger(AuditChainWatch.class.getName());

    @Inject
    AuditChainVerifier verifier;

    @Inject
    JobLeases leases;

    private volatile ChainReport latest;

    @Schedule(hour = "2", minute = "40", persistent = false, info = "audit chain check")
    void nightly() {
        if (!leases.take("audit-chain-check", Duration.ofHours(6))) {
            return;
        }
        ChainReport report = verifier.check();
        latest = report;
        log(report);
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "audit chain checkpoint")
    void checkpoint() {
        if (!leases.take("audit-chain-checkpoint", Duration.ofMinutes(5))) {
            return;
        }
        try {
            ChainReport report = verifier.checkpoint();
            if (!report.intact()) {
                log(report);
            }
        } catch (RuntimeException e) {
            // The checkpoint folder cannot be written, say: loud, but the next run tries again.
            LOG.log(Level.SEVERE, "Audit chain checkpoint failed", e);
        }
    }

    private static void log(ChainReport report) {
        if (report.intact()) {
            LOG.info(() -> "Audit chain intact: " + report.rowsChecked() + " rows checked against "
                    + report.checkpointsChecked() + " checkpoints");
        } else {
            LOG.severe(() -> "Audit chain broken: " + report.problem());
        }
    }

    /** The report of the last nightly check since the server started, or null. */
    public ChainReport latest() {
        return latest;
    }
}
