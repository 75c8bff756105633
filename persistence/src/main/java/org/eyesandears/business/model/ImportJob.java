package org.eyesandears.business.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One upload of a dataset file and its progress: the background worker updates the counters
 * after every chunk and stops at the next chunk once {@code cancelRequested} is set. No
 * {@code @Version}: the worker is the only writer of the counters, the analyst only sets the
 * cancel flag, with an update of that column alone.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dataset_id", nullable = false)
    private Dataset dataset;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;
    @Column(name = "rows_done", nullable = false)
    private int rowsDone;
    @Column(name = "rows_added", nullable = false)
    private int rowsAdded;
    @Column(name = "rows_updated", nullable = false)
    private int rowsUpdated;
    @Column(name = "rows_unchanged", nullable = false)
    private int rowsUnchanged;
    @Column(name = "rows_bad", nullable = false)
    private int rowsBad;
    @Column(name = "linked_auto", nullable = false)
    private int linkedAuto;
    @Column(name = "sent_to_review", nullable = false)
    private int sentToReview;
    @Column(name = "new_businesses", nullable = false)
    private int newBusinesses;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(length = 1000)
    private String failure;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The cluster node whose background threads run the import (its jboss.node.name). */
    @Column(name = "worker_node", length = 120)
    private String workerNode;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(Dataset dataset, String fileName, String startedBy, Instant startedAt) {
        this.dataset = dataset;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = ImportStatus.QUEUED;
    }

    /** Records the node that runs the import: only that node may find it cut off at its start-up. */
    public void runOn(String node) {
        this.workerNode = node;
    }

    public void start(int rowsTotal, int rowsBad) {
        this.status = ImportStatus.RUNNING;
        this.rowsTotal = rowsTotal;
        this.rowsBad = rowsBad;
    }

    /** Adds one chunk's counts. */
    public void progress(int done, int added, int updated, int unchanged, int auto, int review, int fresh) {
        rowsDone += done;
        rowsAdded += added;
        rowsUpdated += updated;
        rowsUnchanged += unchanged;
        linkedAuto += auto;
        sentToReview += review;
        newBusinesses += fresh;
    }

    public void finish(ImportStatus status, String failure, Instant at) {
        this.status = status;
        this.failure = failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000));
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getRowsAdded() {
        return rowsAdded;
    }

    public int getRowsUpdated() {
        return rowsUpdated;
    }

    public int getRowsUnchanged() {
        return rowsUnchanged;
    }

    public int getRowsBad() {
        return rowsBad;
    }

    public int getLinkedAuto() {
        return linkedAuto;
    }

    public int getSentToReview() {
        return sentToReview;
    }

    public int getNewBusinesses() {
        return newBusinesses;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String getFailure() {
        return failure;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
