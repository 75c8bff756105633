package org.eyesandears.business.service;

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
 * When the application starts, no import can be running: imports run in this server's background
 * threads (ADR 0006), so a job still queued or running was cut off by a stop or a crash. Each is
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

    @PostConstruct
    void failInterrupted() {
        List<Long> interrupted = em.createQuery("select j.id from ImportJob j where j.status in :open", Long.class)
                .setParameter("open", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)).getResultList();
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
