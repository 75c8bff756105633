package org.eyesandears.audit.service;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.shared.schedule.JobLeases;
import org.eyesandears.shared.security.Roles;

/**
 * Checks the whole audit chain every night and keeps its report in the database for the auditor's
 * page (table audit_chain_check: every node of a cluster shows the same last report, ADR 0039), and
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

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "2", minute = "40", persistent = false, info = "audit chain check")
    void nightly() {
        if (!leases.take("audit-chain-check", Duration.ofHours(6))) {
            return;
        }
        ChainReport report = verifier.check();
        keep(report);
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

    /** Stores a nightly report; reports are only ever added (an audit_ table). */
    void keep(ChainReport r) {
        String problem = r.problem() == null || r.problem().length() <= 1000 ? r.problem()
                : r.problem().substring(0, 997) + "...";
        em.createNativeQuery("INSERT INTO audit_chain_check (checked_at, node, intact, rows_checked, unchained_before,"
                        + " legacy_rows, checkpoints_checked, last_checkpoint_at, chain_end_seq, chain_end_hash,"
                        + " broken_at_id, broken_at_seq, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.from(r.checkedAt()))
                .setParameter(2, System.getProperty("jboss.node.name", "node"))
                .setParameter(3, r.intact())
                .setParameter(4, r.rowsChecked())
                .setParameter(5, r.unchainedBefore())
                .setParameter(6, r.legacyRows())
                .setParameter(7, r.checkpointsChecked())
                .setParameter(8, r.lastCheckpointAt() == null ? null : Timestamp.from(r.lastCheckpointAt()))
                .setParameter(9, r.chainEndSeq())
                .setParameter(10, r.chainEndHash())
                .setParameter(11, r.brokenAtId())
                .setParameter(12, r.brokenAtSeq())
                .setParameter(13, problem)
                .executeUpdate();
    }

    /** The report of the last nightly check on any node of the cluster, or null before the first; auditors only. */
    @Lock(LockType.READ)
    @RolesAllowed(Roles.AUDITOR)
    public ChainReport latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT checked_at, intact, rows_checked, unchained_before,"
                        + " legacy_rows, checkpoints_checked, last_checkpoint_at, chain_end_seq, chain_end_hash,"
                        + " broken_at_id, broken_at_seq, problem FROM audit_chain_check ORDER BY id DESC LIMIT 1")
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] c = rows.get(0);
        return new ChainReport(instant(c[0]), bool(c[1]), ((Number) c[2]).longValue(), ((Number) c[3]).longValue(),
                ((Number) c[4]).longValue(), ((Number) c[5]).intValue(), instant(c[6]), ((Number) c[7]).longValue(),
                (String) c[8], c[9] == null ? null : ((Number) c[9]).longValue(),
                c[10] == null ? null : ((Number) c[10]).longValue(), (String) c[11]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
