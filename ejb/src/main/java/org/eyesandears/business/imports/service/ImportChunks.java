package org.eyesandears.business.imports.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.linking.service.Linker;
import org.eyesandears.business.model.BusinessType;
import org.eyesandears.business.model.Dataset;
import org.eyesandears.business.model.ImportJob;
import org.eyesandears.business.model.ImportProblem;
import org.eyesandears.business.model.ImportStatus;
import org.eyesandears.business.model.SourceRecord;
import org.eyesandears.linkage.RegisterMatcher;
import org.eyesandears.shared.metrics.OperationsMetrics;
import org.eyesandears.shared.security.Roles;

/**
 * The transactions of an import ({@link ImportWorker}): each method commits on its own, so the
 * progress the page polls is real and a failure loses at most one chunk.
 */
@Stateless
@RolesAllowed(Roles.ANALYST)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportChunks {

    /** Bad rows kept per import; the count is always complete. */
    static final int MAX_PROBLEMS = 1000;

    /** What the worker needs to know about its job. */
    public record JobStart(long datasetId, String columnMap, String startedBy) {
    }

    @Inject
    Linker linker;

    @Inject
    OperationsMetrics metrics;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public JobStart begin(long jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        job.start(0, 0);
        return new JobStart(job.getDataset().getId(), job.getDataset().getColumnMap(), job.getStartedBy());
    }

    public void recordProblems(long jobId, int rowsTotal, List<DatasetFile.Problem> problems) {
        ImportJob job = em.find(ImportJob.class, jobId);
        job.start(rowsTotal, problems.size());
        problems.stream().limit(MAX_PROBLEMS)
                .forEach(p -> em.persist(new ImportProblem(jobId, p.lineFrom(), p.lineTo(), p.message())));
    }

    public boolean cancelRequested(long jobId) {
        return em.createQuery("select j.cancelRequested from ImportJob j where j.id = :id", Boolean.class)
                .setParameter("id", jobId).getSingleResult();
    }

    /** Imports and links one chunk of rows; a row already in the dataset is updated, never duplicated. */
    public void process(long jobId, long datasetId, String by, List<DatasetFile.Row> rows, RegisterMatcher matcher) {
        Dataset dataset = em.find(Dataset.class, datasetId);
        Map<String, SourceRecord> existing = new HashMap<>();
        em.createQuery("select s from SourceRecord s join fetch s.business where s.dataset = :d and s.externalId in :ids",
                        SourceRecord.class)
                .setParameter("d", dataset).setParameter("ids", rows.stream().map(r -> r.get("id")).toList())
                .getResultStream().forEach(s -> existing.put(s.getExternalId(), s));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int auto = 0;
        int review = 0;
        int fresh = 0;
        var now = clock.instant();
        AdverseRule rule = AdverseRule.parse(dataset.getAdverseValues());
        for (DatasetFile.Row row : rows) {
            SourceRecord record = existing.get(row.get("id"));
            boolean isNew = record == null;
            if (isNew) {
                record = new SourceRecord(dataset, row.get("id"), now);
            }
            boolean changed = record.describe(row.get("name"), row.get("address"), row.get("town"), row.get("postcode"),
                    row.get("phone"), row.get("company"), row.get("uprn"), row.get("contact"), now);
            String date = row.get("date");
            boolean recorded = record.record(row.get("type"), row.get("status"), row.get("rating"),
                    date == null ? null : java.time.LocalDate.parse(date),
                    rule.adverse(row.get("type"), row.get("status"), row.get("rating")), now);
            recorded |= record.typeAs(row.get("businesstype"), now);
            if (!isNew && !changed && !recorded) {
                unchanged++;
                continue;
            }
            if (isNew) {
                added++;
            } else {
                updated++;
                if (!changed || recordsIn(record) > 1) {
                    // A new rating or status says nothing about which business the record is; and a record
                    // linked to others keeps its links: a changed detail does not undo or redo links people made.
                    classify(record);
                    continue;
                }
            }
            switch (linker.link(record, matcher, by)) {
                case LINKED -> auto++;
                case REVIEW -> review++;
                case NEW_BUSINESS -> fresh++;
                case UNCHANGED -> { }
            }
            classify(record);
        }
        em.find(ImportJob.class, jobId).progress(rows.size(), added, updated, unchanged, auto, review, fresh);
    }

    public void finish(long jobId, ImportStatus status, String failure) {
        ImportJob job = em.find(ImportJob.class, jobId);
        job.finish(status, failure, clock.instant());
        metrics.linkageRun(status.name());
        audit.record(AuditOperation.COLLECTION, AuditObject.IMPORT_JOB, String.valueOf(jobId), String.format(
                "%s into dataset %d: %d added, %d updated, %d bad rows; %d linked automatically,"
                        + " %d sent to review, %d new businesses", status, job.getDataset().getId(),
                job.getRowsAdded(), job.getRowsUpdated(), job.getRowsBad(), job.getLinkedAuto(), job.getSentToReview(),
                job.getNewBusinesses()), null);
    }

    /**
     * Gives the record's business the type the agency's wording names, when it has none yet: the
     * concern card's or an earlier agency's type is kept.
     */
    private static void classify(SourceRecord record) {
        if (record.getBusiness() != null && record.getBusiness().getBusinessType() == null) {
            BusinessType.fromText(record.getBusinessType()).ifPresent(record.getBusiness()::classify);
        }
    }

    private long recordsIn(SourceRecord record) {
        return em.createQuery("select count(s) from SourceRecord s where s.business = :b", Long.class)
                .setParameter("b", record.getBusiness()).getSingleResult();
    }
}
