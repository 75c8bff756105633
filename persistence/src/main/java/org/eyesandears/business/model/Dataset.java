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
 * reused, so the analyst maps a dataset's columns once.
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
}
