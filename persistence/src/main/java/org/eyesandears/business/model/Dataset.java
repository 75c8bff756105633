package org.eyesandears.business.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One agency's list of businesses (for example the food team's FHRS export), imported again and
 * again as the agency sends newer files. Its column mapping is saved at the first import and
 * reused, so the analyst maps a dataset's columns once. With it the agency's rule for adverse
 * records: the values of record type, status or rating that are adverse ({@code adverseValues},
 * as the import page takes them: "0-2, Enforcement"), and for how many months from the record's
 * date such a record keeps the agency interested in the business (ADR 0032).
 */
@Entity
@Table(name = "source_dataset")
public class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "column_map", length = 2000)
    private String columnMap;

    @Column(name = "adverse_values", length = 500)
    private String adverseValues;

    @Column(name = "adverse_months", nullable = false)
    private int adverseMonths = 12;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Dataset() {
        // for JPA
    }

    public Dataset(String agencyCode, String name, String createdBy, Instant createdAt) {
        this.agencyCode = agencyCode;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getName() {
        return name;
    }

    public String getColumnMap() {
        return columnMap;
    }

    public void setColumnMap(String columnMap) {
        this.columnMap = columnMap;
    }

    public String getAdverseValues() {
        return adverseValues;
    }

    public int getAdverseMonths() {
        return adverseMonths;
    }

    /** Sets the agency's rule for adverse records (already checked by the service). */
    public void setAdverseRule(String adverseValues, int adverseMonths) {
        this.adverseValues = adverseValues;
        this.adverseMonths = adverseMonths;
    }
}
