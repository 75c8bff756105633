package org.eyesandears.business.imports.service;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.ImportJob;
import org.eyesandears.business.model.ImportStatus;

/**
 * When the application starts, no import of this node can be running: imports run in the background
 * threads of the node that took the upload (ADR 0006), so a job of this node (or of no recorded node,
 * from before clusters) still queued or running was cut off by a stop or a crash; another node's
 * jobs are that node's (ADR 0039). Each is
 * marked failed with what to do next, and its uploaded file is deleted, so that analysts do not
 * wait on progress that will never come. The rows imported before the stop stay imported, and
 * uploading the file again updates them without duplicates.
 */
@Singleton
@Startup
public class InterruptedImports {

    static final String FAILURE = "The server stopped while this import ran. The rows imported before the stop are"
            + " kept; upload the file again to finish (rows already imported are updated, not duplicated).";

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    ImportFiles files;

    /** This node's name in the cluster (WildFly's jboss.node.name; the host name by default). */
    static String node() {
        return System.getProperty("jboss.node.name", "node");
    }

    @PostConstruct
    void failInterrupted() {
        List<Long> interrupted = em.createQuery("select j.id from ImportJob j where j.status in :open"
                        + " and (j.workerNode = :node or j.workerNode is null)", Long.class)
                .setParameter("open", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .setParameter("node", node()).getResultList();
        for (long jobId : interrupted) {
            ImportJob job = em.find(ImportJob.class, jobId);
            job.finish(ImportStatus.FAILED, FAILURE, clock.instant());
            files.delete(jobId);
            audit.record(AuditOperation.ALTERATION, AuditObject.IMPORT_JOB, String.valueOf(jobId), String.format(
                    "FAILED at start-up, cut off by the last server stop after %d of %d rows", job.getRowsDone(),
                    job.getRowsTotal()), null);
        }
        if (!interrupted.isEmpty()) {
            LOG.warning(() -> interrupted.size() + " import(s) cut off by the last stop marked failed: " + interrupted);
        }
    }
}
