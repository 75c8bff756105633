package org.eyesandears.agency.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change of an agency's retention period: the old and new number of years, the
 * administrator's reason, who and when. The reason is free text, so it lives here; the audit
 * record of the change names this row by its id only (ADR 0018).
 */
@Entity
@Table(name = "retention_period_change")
public class RetentionPeriodChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_code", nullable = false, length = 40, updatable = false)
    private String agencyCode;

    @Column(name = "years_before", nullable = false, updatable = false)
    private int yearsBefore;

    @Column(name = "years_after", nullable = false, updatable = false)
    private int yearsAfter;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RetentionPeriodChange() {
        // for JPA
    }

    public RetentionPeriodChange(String agencyCode, int yearsBefore, int yearsAfter, String reason, String changedBy,
                                 Instant changedAt) {
        this.agencyCode = agencyCode;
        this.yearsBefore = yearsBefore;
        this.yearsAfter = yearsAfter;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public int getYearsBefore() {
        return yearsBefore;
    }

    public int getYearsAfter() {
        return yearsAfter;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
