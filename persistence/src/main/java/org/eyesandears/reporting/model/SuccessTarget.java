package org.eyesandears.reporting.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The success criteria an administrator set for an agency before judging it: the share of routings
 * that should get feedback within so many working days, and the median working days to the first
 * triage decision. A null part means no target was set for it.
 */
@Entity
@Table(name = "success_target")
public class SuccessTarget {

    @Id
    @Column(name = "agency_code", length = 40)
    private String agencyCode;

    @Column(name = "feedback_rate_pct")
    private Integer feedbackRatePct;

    @Column(name = "feedback_days")
    private Integer feedbackDays;

    @Column(name = "triage_median_days")
    private Integer triageMedianDays;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SuccessTarget() {
        // for JPA
    }

    public SuccessTarget(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public void set(Integer feedbackRatePct, Integer feedbackDays, Integer triageMedianDays, String by, Instant at) {
        this.feedbackRatePct = feedbackRatePct;
        this.feedbackDays = feedbackDays;
        this.triageMedianDays = triageMedianDays;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Integer getFeedbackRatePct() {
        return feedbackRatePct;
    }

    public Integer getFeedbackDays() {
        return feedbackDays;
    }

    public Integer getTriageMedianDays() {
        return triageMedianDays;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
