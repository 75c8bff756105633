package org.eyesandears.audit.service;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Checks the audit hash chain every night and keeps the latest report for the auditor's page; a
 * broken chain is also logged as SEVERE for the operators' log monitoring.
 */
@Singleton
public class AuditChainWatch {

    private static final Logger LOG = Logger.getLogger(AuditChainWatch.class.getName());

    @Inject
    AuditChainVerifier verifier;

    private volatile ChainReport latest;

    @Schedule(hour = "2", minute = "40", persistent = false, info = "audit chain check")
    void nightly() {
        ChainReport report = verifier.check();
        latest = report;
        if (report.intact()) {
            LOG.info(() -> "Audit chain intact: " + report.rowsChecked() + " rows checked");
        } else {
            LOG.severe(() -> "Audit chain broken: " + report.problem());
        }
    }

    /** The report of the last nightly check since the server started, or null. */
    public ChainReport latest() {
        return latest;
    }
}
