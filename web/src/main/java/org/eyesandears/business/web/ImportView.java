package org.eyesandears.business.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.business.imports.service.ColumnMapping;
import org.eyesandears.business.imports.service.DatasetSummary;
import org.eyesandears.business.imports.service.ImportPreview;
import org.eyesandears.business.imports.service.ImportProgress;
import org.eyesandears.business.imports.service.ImportService;
import org.eyesandears.business.imports.service.ProblemLine;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Importing an agency dataset: choose or name the dataset, upload the CSV file, map its columns
 * (pre-filled from the dataset's saved mapping, or guessed from common header names for a new one),
 * say which values are adverse and for how long (ADR 0032), preview, import, and follow the import.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the mapping form: a register field and the file column that holds it. */
    public static final class MappingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String label;
        private String column;

        MappingRow(String field, String label) {
            this.field = field;
            this.label = label;
        }

        public String getField() {
            return field;
        }

        public String getLabel() {
            return label;
        }

        public String getColumn() {
            return column;
        }

        public void setColumn(String column) {
            this.column = column == null || column.isBlank() ? null : column;
        }
    }

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("id", "Agency's reference (required)");
        LABELS.put("name", "Business name (required)");
        LABELS.put("address", "Address, first column");
        LABELS.put("address2", "Address, second column");
        LABELS.put("address3", "Address, third column");
        LABELS.put("town", "Town");
        LABELS.put("postcode", "Postcode");
        LABELS.put("phone", "Phone");
        LABELS.put("company", "Company number");
        LABELS.put("uprn", "UPRN");
        LABELS.put("contact", "Contact name");
        LABELS.put("businesstype", "Kind of business (takeaway, car wash, HMO...)");
        LABELS.put("type", "Record type (inspection, notice, licence...)");
        LABELS.put("status", "Status or outcome");
        LABELS.put("rating", "Rating or score");
        LABELS.put("date", "Date of the inspection or event");
    }

    @Inject
    ImportService imports;

    @Inject
    AgencyService agencyService;

    private List<DatasetSummary> datasets;
    private List<AgencySummary> agencies;
    private Long datasetId;
    private String newAgency;
    private String newName;
    private String adverseValues;
    private Integer adverseMonths = 12;
    private byte[] content;
    private String fileName;
    private List<String> header = List.of();
    private final List<MappingRow> mapping = new ArrayList<>();
    private ImportPreview preview;
    private Long jobId;
    private ImportProgress job;
    private List<ImportProgress> recent;
    private Long problemsOf;
    private List<ProblemLine> problems = List.of();

    @PostConstruct
    void load() {
        datasets = imports.datasets().stream().filter(d -> d.columnMap() != null).toList();
        agencies = agencyService.listAgencies();
        LABELS.forEach((field, label) -> mapping.add(new MappingRow(field, label)));
        recent = imports.recentJobs(10);
    }

    public void datasetChanged() {
        preview = null;
        prefill();
    }

    public void upload(FileUploadEvent event) {
        try {
            content = event.getFile().getContent();
            fileName = event.getFile().getFileName();
            header = imports.header(content);
            preview = null;
            prefill();
        } catch (InvalidInputException unreadable) {
            // Forget the file; PageErrorHandler says why it was refused.
            content = null;
            header = List.of();
            throw unreadable;
        }
    }

    private void prefill() {
        DatasetSummary dataset = selected();
        if (dataset != null) {
            adverseValues = dataset.adverseValues();
            adverseMonths = dataset.adverseMonths();
        }
        ColumnMapping saved;
        if (dataset != null && dataset.columnMap() != null) {
            saved = ColumnMapping.parse(dataset.columnMap());
        } else if (!header.isEmpty()) {
            saved = ColumnMapping.suggest(header);
        } else {
            return;
        }
        mapping.forEach(row -> row.setColumn(null));
        saved.columns().forEach((field, cols) -> {
            for (int i = 0; i < cols.size() && i < 3; i++) {
                String key = field.equals("address") && i > 0 ? "address" + (i + 1) : field;
                if (i == 0 || field.equals("address")) {
                    row(key).setColumn(header.isEmpty() || header.contains(cols.get(i)) ? cols.get(i) : null);
                }
            }
        });
    }

    private MappingRow row(String key) {
        return mapping.stream().filter(r -> r.field.equals(key)).findFirst().orElseThrow();
    }

    String columnMap() {
        Map<String, List<String>> cols = new LinkedHashMap<>();
        for (MappingRow r : mapping) {
            if (r.column != null) {
                String field = r.field.startsWith("address") ? "address" : r.field;
                cols.computeIfAbsent(field, k -> new ArrayList<>()).add(r.column);
            }
        }
        return new ColumnMapping(cols).format();
    }

    public void preview() {
        if (content == null) {
            Messages.error("Choose a CSV file first.");
            return;
        }
        preview = imports.preview(columnMap(), content);
    }

    public void startImport() {
        if (content == null) {
            Messages.error("Choose a CSV file first.");
            return;
        }
        DatasetSummary dataset = selected();
        DatasetSummary saved = dataset != null
                ? imports.saveDataset(dataset.agencyCode(), dataset.name(), columnMap(), ruleText(), adverseMonths)
                : imports.saveDataset(newAgency, newName, columnMap(), ruleText(), adverseMonths);
        job = imports.start(saved.id(), fileName, content);
        jobId = job.id();
        datasetId = saved.id();
        datasets = imports.datasets().stream().filter(d -> d.columnMap() != null).toList();
        content = null;
        preview = null;
        Messages.info("Import started. You can leave this page: it carries on in the background.");
    }

    /** The rule as typed; blank clears it. */
    private String ruleText() {
        return adverseValues == null ? "" : adverseValues;
    }

    public void poll() {
        if (jobId != null) {
            job = imports.job(jobId).orElse(null);
            if (job != null && job.finished()) {
                recent = imports.recentJobs(10);
                datasets = imports.datasets().stream().filter(d -> d.columnMap() != null).toList();
            }
        }
    }

    public void cancel() {
        job = imports.cancel(jobId);
        Messages.info("Stopping after the rows being imported now. Rows already imported stay.");
    }

    public void showProblems(long id) {
        problemsOf = id;
        problems = imports.problems(id, 1000);
    }

    private DatasetSummary selected() {
        return datasetId == null ? null : datasets.stream().filter(d -> d.id() == datasetId).findFirst().orElse(null);
    }

    public boolean isPolling() {
        return job != null && !job.finished();
    }

    public List<DatasetSummary> getDatasets() {
        return datasets;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public Long getDatasetId() {
        return datasetId;
    }

    public void setDatasetId(Long datasetId) {
        this.datasetId = datasetId;
    }

    public String getNewAgency() {
        return newAgency;
    }

    public void setNewAgency(String newAgency) {
        this.newAgency = newAgency;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getAdverseValues() {
        return adverseValues;
    }

    public void setAdverseValues(String adverseValues) {
        this.adverseValues = adverseValues;
    }

    public Integer getAdverseMonths() {
        return adverseMonths;
    }

    public void setAdverseMonths(Integer adverseMonths) {
        this.adverseMonths = adverseMonths;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isFileRead() {
        return content != null;
    }

    public List<String> getHeader() {
        return header;
    }

    public List<MappingRow> getMapping() {
        return mapping;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public List<String> getPreviewFields() {
        return ColumnMapping.FIELDS;
    }

    public ImportProgress getJob() {
        return job;
    }

    public List<ImportProgress> getRecent() {
        return recent;
    }

    public Long getProblemsOf() {
        return problemsOf;
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }
}
