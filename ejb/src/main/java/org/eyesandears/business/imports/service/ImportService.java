package org.eyesandears.business.imports.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.Dataset;
import org.eyesandears.business.model.ImportJob;
import org.eyesandears.business.model.ImportProblem;
import org.eyesandears.business.model.ImportStatus;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.upload.FileNames;
import org.eyesandears.shared.upload.VirusScanner;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * Agency datasets and their imports, for linkage analysts: define a dataset and map its columns
 * once (the mapping is saved and reused), preview a file, import it in the background
 * ({@link ImportWorker}), follow its progress, cancel it.
 */
@Stateless
@RolesAllowed(Roles.ANALYST)
public class ImportService {

    /** Largest file accepted (about 500,000 typical rows). */
    public static final int MAX_FILE_BYTES = 100 * 1024 * 1024;
    static final int PREVIEW_ROWS = 10;
    static final int PREVIEW_PROBLEMS = 20;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    AuditService audit;

    @Inject
    ImportFiles files;

    @Inject
    Event<ImportQueued> queued;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public List<DatasetSummary> datasets() {
        Map<String, String> names = agencies.agencyNames();
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("select s.dataset.id, count(s) from SourceRecord s group by s.dataset.id", Object[].class)
                .getResultStream().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select d from Dataset d order by d.agencyCode, d.name", Dataset.class)
                .getResultStream()
                .map(d -> summary(d, names, counts.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    /** Longest time an adverse record keeps its agency interested, in months. */
    public static final int MAX_ADVERSE_MONTHS = 120;

    /**
     * Creates a dataset, or saves a new column mapping for an existing one (same agency and name),
     * with the agency's rule for adverse records: the values of record type, status or rating that
     * are adverse ({@link AdverseRule}) and for how many months from the record's date. A null rule
     * or null months keep what the dataset has (none and 12 for a new one); an empty rule clears it.
     * Changing the rule applies it to the records already imported.
     */
    public DatasetSummary saveDataset(String agencyCode, String name, String columnMap, String adverseValues,
                                      Integer adverseMonths) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> names = agencies.agencyNames();
        if (agencyCode == null || !names.containsKey(agencyCode)) {
            violations.add(new Violation("agency", "Choose the agency the dataset comes from."));
        } else if (!mayManage(agencyCode)) {
            violations.add(new Violation("agency", "You may load datasets of your own agency only; datasets of "
                    + names.get(agencyCode) + " are loaded by its analysts or a partnership analyst."));
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            violations.add(new Violation("name", "Give the dataset a name of up to 100 characters."));
        }
        ColumnMapping mapping = null;
        try {
            mapping = ColumnMapping.parse(columnMap);
            if (!mapping.missingRequired().isEmpty()) {
                violations.add(new Violation("columnMap", "Map a column to " + String.join(" and ",
                        mapping.missingRequired()) + "."));
            }
            if (columnMap != null && columnMap.length() > 2000) {
                violations.add(new Violation("columnMap", "The mapping is too long (2,000 characters at most)."));
            }
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("columnMap", "The column mapping cannot be read: " + e.getMessage() + "."));
        }
        AdverseRule rule = null;
        if (adverseValues != null) {
            try {
                rule = AdverseRule.parse(adverseValues);
                if (adverseValues.length() > 500) {
                    violations.add(new Violation("adverseValues", "The adverse values are too long (500 characters at most)."));
                }
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("adverseValues", "The adverse values cannot be read: " + e.getMessage() + "."));
            }
        }
        if (adverseMonths != null && (adverseMonths < 1 || adverseMonths > MAX_ADVERSE_MONTHS)) {
            violations.add(new Violation("adverseMonths", "Give a number of months from 1 to " + MAX_ADVERSE_MONTHS + "."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Dataset dataset = em.createQuery("select d from Dataset d where d.agencyCode = :a and d.name = :n", Dataset.class)
                .setParameter("a", agencyCode).setParameter("n", trimmed).getResultStream().findFirst().orElse(null);
        if (dataset == null) {
            dataset = new Dataset(agencyCode, trimmed, currentCaller.get().username(), clock.instant());
            em.persist(dataset);
        }
        dataset.setColumnMap(mapping.format());
        String values = rule == null ? dataset.getAdverseValues() : adverseValues.strip().isEmpty() ? null : adverseValues.strip();
        boolean ruleChanged = !java.util.Objects.equals(values, dataset.getAdverseValues());
        dataset.setAdverseRule(values, adverseMonths == null ? dataset.getAdverseMonths() : adverseMonths);
        em.flush();
        if (ruleChanged) {
            reapply(dataset, rule);
        }
        audit.record(AuditOperation.ALTERATION, AuditObject.SOURCE_DATASET, String.valueOf(dataset.getId()),
                "column mapping of fields " + String.join(", ", mapping.columns().keySet())
                        + (ruleChanged ? "; adverse-record rule changed" : ""), null);
        return summary(dataset, names, 0);
    }

    /** Flags the dataset's records again under a changed rule (their dates and periods stay). */
    private void reapply(Dataset dataset, AdverseRule rule) {
        em.createQuery("update SourceRecord s set s.adverse = false where s.dataset = :d and s.adverse = true")
                .setParameter("d", dataset).executeUpdate();
        if (!rule.values().isEmpty()) {
            em.createQuery("update SourceRecord s set s.adverse = true where s.dataset = :d and (lower(s.recordType) in :v"
                            + " or lower(s.status) in :v or lower(s.rating) in :v)")
                    .setParameter("d", dataset).setParameter("v", rule.inList()).executeUpdate();
        }
    }

    /** The column names of a file's header row. */
    public List<String> header(byte[] content) {
        try {
            return DatasetFile.header(new ByteArrayInputStream(content));
        } catch (DatasetFile.UnreadableFileException e) {
            throw new InvalidInputException(List.of(new Violation("file", e.getMessage())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What importing {@code content} with {@code columnMap} would read, without importing. */
    public ImportPreview preview(String columnMap, byte[] content) {
        ColumnMapping mapping = mapping(columnMap);
        DatasetFile.Read read = read(mapping, content);
        return new ImportPreview(read.header(),
                read.rows().stream().limit(PREVIEW_ROWS).map(DatasetFile.Row::values).toList(),
                read.rows().size(), read.problems().size(),
                read.problems().stream().limit(PREVIEW_PROBLEMS)
                        .map(p -> new ProblemLine(p.lineFrom(), p.lineTo(), p.message())).toList());
    }

    /** Queues the import of a file into a dataset with its saved mapping; it runs in the background. */
    public ImportProgress start(long datasetId, String fileName, byte[] content) {
        Dataset dataset = em.find(Dataset.class, datasetId);
        if (dataset == null || !mayManage(dataset.getAgencyCode())) {
            throw new InvalidInputException(List.of(new Violation("dataset", "No such dataset.")));
        }
        if (dataset.getColumnMap() == null) {
            throw new InvalidInputException(List.of(new Violation("columnMap", "Map the dataset's columns first.")));
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(List.of(new Violation("file", "Choose a CSV file to import.")));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(List.of(new Violation("file", "The file is larger than 100 MB.")));
        }
        read(ColumnMapping.parse(dataset.getColumnMap()), java.util.Arrays.copyOf(content,
                Math.min(content.length, 64 * 1024)), true);
        // The name is shown back on the import page: no folders, no control or quoting characters.
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : FileNames.safeName(fileName);
        VirusScanner.refusal(VirusScanner.configured(), name, content).ifPresent(message -> {
            throw new InvalidInputException(List.of(new Violation("file", message)));
        });
        ImportJob job = new ImportJob(dataset, name, currentCaller.get().username(), clock.instant());
        // The worker is an @Asynchronous bean of this node (ImportLauncher), on a file every node reads.
        job.runOn(InterruptedImports.node());
        em.persist(job);
        em.flush();
        files.save(job.getId(), content);
        queued.fire(new ImportQueued(job.getId()));
        return progress(job);
    }

    public java.util.Optional<ImportProgress> job(long id) {
        return java.util.Optional.ofNullable(em.find(ImportJob.class, id)).map(ImportService::progress);
    }

    public List<ImportProgress> recentJobs(int max) {
        return em.createQuery("select j from ImportJob j join fetch j.dataset order by j.startedAt desc, j.id desc",
                        ImportJob.class)
                .setMaxResults(Math.min(Math.max(max, 1), 100)).getResultStream().map(ImportService::progress).toList();
    }

    /** The problems an import met, with lines of the file: only for those who may load that dataset. */
    public List<ProblemLine> problems(long jobId, int max) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null || !mayManage(job.getDataset().getAgencyCode())) {
            return List.of();
        }
        return em.createQuery("select p from ImportProblem p where p.jobId = :j order by p.lineFrom, p.id",
                        ImportProblem.class)
                .setParameter("j", jobId).setMaxResults(Math.min(Math.max(max, 1), 1000)).getResultStream()
                .map(p -> new ProblemLine(p.getLineFrom(), p.getLineTo(), p.getMessage())).toList();
    }

    /** Asks a queued or running import to stop after the chunk it is working on. */
    public ImportProgress cancel(long jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null || !mayManage(job.getDataset().getAgencyCode())) {
            throw new InvalidInputException(List.of(new Violation("job", "No such import.")));
        }
        int changed = em.createQuery("update ImportJob j set j.cancelRequested = true where j.id = :id"
                        + " and j.status in :open")
                .setParameter("id", jobId).setParameter("open", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .executeUpdate();
        if (changed == 0) {
            throw new InvalidInputException(List.of(new Violation("job",
                    "The import has already ended (" + job.getStatus().name().toLowerCase(java.util.Locale.UK) + ").")));
        }
        em.refresh(job);
        return progress(job);
    }

    /**
     * Whether the caller may create, re-map, load or cancel the imports of a dataset of the agency:
     * analysts of that agency, and analysts with the partnership role for any agency, so nobody can
     * pass data off as another agency's.
     */
    private boolean mayManage(String agencyCode) {
        Caller caller = currentCaller.get();
        return caller.partnershipWide() || agencyCode.equals(caller.agencyCode());
    }

    private static ColumnMapping mapping(String columnMap) {
        try {
            ColumnMapping mapping = ColumnMapping.parse(columnMap);
            if (!mapping.missingRequired().isEmpty()) {
                throw new InvalidInputException(List.of(new Violation("columnMap", "Map a column to "
                        + String.join(" and ", mapping.missingRequired()) + ".")));
            }
            return mapping;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new Violation("columnMap",
                    "The column mapping cannot be read: " + e.getMessage() + ".")));
        }
    }

    private static DatasetFile.Read read(ColumnMapping mapping, byte[] content) {
        return read(mapping, content, false);
    }

    private static DatasetFile.Read read(ColumnMapping mapping, byte[] content, boolean headOnly) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(List.of(new Violation("file", "Choose a CSV file.")));
        }
        try {
            return DatasetFile.read(new ByteArrayInputStream(content), mapping, headOnly ? 1 : 0);
        } catch (DatasetFile.UnreadableFileException e) {
            if (headOnly && !e.getMessage().startsWith("The file has no column") && !e.getMessage().startsWith("The header")
                    && !e.getMessage().startsWith("The file is empty")) {
                // The first 64 KB may end inside a quoted field: only the header is checked here.
                return null;
            }
            throw new InvalidInputException(List.of(new Violation("file", e.getMessage())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportProgress progress(ImportJob j) {
        Dataset d = j.getDataset();
        return new ImportProgress(j.getId(), d.getId(), d.getAgencyCode() + ": " + d.getName(), j.getFileName(),
                j.getStatus().name(), j.getRowsTotal(), j.getRowsDone(), j.getRowsAdded(), j.getRowsUpdated(),
                j.getRowsUnchanged(), j.getRowsBad(), j.getLinkedAuto(), j.getSentToReview(), j.getNewBusinesses(),
                j.isCancelRequested(), j.getFailure(), j.getStartedBy(), j.getStartedAt(), j.getFinishedAt());
    }

    private static DatasetSummary summary(Dataset d, Map<String, String> names, long records) {
        return new DatasetSummary(d.getId(), d.getAgencyCode(), names.getOrDefault(d.getAgencyCode(), d.getAgencyCode()),
                d.getName(), d.getColumnMap(), d.getAdverseValues(), d.getAdverseMonths(), records);
    }
}
