package org.eyesandears.business.imports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts an import's background work once the job is committed, so the worker finds it. */
@ApplicationScoped
public class ImportLauncher {

    @Inject
    ImportWorker worker;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportQueued queued) {
        worker.run(queued.jobId());
    }
}
