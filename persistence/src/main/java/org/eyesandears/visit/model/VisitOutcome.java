package org.eyesandears.visit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What one agency found at a visit and did about it; one per agency, corrected in place. */
@Entity
@Table(name = "visit_outcome")
public class VisitOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(nullable = false, length = 4000)
    private String findings;

    @Column(nullable = false)
    private int arrests;

    @Column(nullable = false)
    private int notices;

    @Column(nullable = false)
    private int seizures;

    /** Whether the agency found concerns; null on outcomes recorded before this was asked. */
    @Column(name = "concerns_found")
    private Boolean concernsFound;

    @Column(name = "advice_given", nullable = false)
    private boolean adviceGiven;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected VisitOutcome() {
        // for JPA
    }

    public VisitOutcome(Visit visit, String agencyCode) {
        this.visit = visit;
        this.agencyCode = agencyCode;
    }

    public void record(boolean concernsFound, String findings, int arrests, int notices, int seizures, boolean adviceGiven,
                       String username, Instant at) {
        this.concernsFound = concernsFound;
        this.findings = findings;
        this.arrests = arrests;
        this.notices = notices;
        this.seizures = seizures;
        this.adviceGiven = adviceGiven;
        this.recordedBy = username;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Visit getVisit() {
        return visit;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Boolean getConcernsFound() {
        return concernsFound;
    }

    public String getFindings() {
        return findings;
    }

    public int getArrests() {
        return arrests;
    }

    public int getNotices() {
        return notices;
    }

    public int getSeizures() {
        return seizures;
    }

    public boolean isAdviceGiven() {
        return adviceGiven;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
