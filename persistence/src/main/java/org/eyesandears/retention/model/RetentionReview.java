package org.eyesandears.retention.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The review state of one visit or source record: flagged due by the nightly job, kept by a manager
 * until a date of their own (with the reason), or erased (the tombstone: who, when, why). Made on
 * the first of these; an item without one follows its computed review date.
 */
@Entity
@Table(name = "retention_review")
public class RetentionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetainedKind kind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "review_due", nullable = false)
    private boolean reviewDue;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_reason", length = 500)
    private String reviewReason;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by", length = 100)
    private String erasedBy;

    @Column(name = "erasure_reason", length = 500)
    private String erasureReason;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RetentionReview() {
        // for JPA
    }

    public RetentionReview(RetainedKind kind, long itemId, String agencyCode) {
        this.kind = kind;
        this.itemId = itemId;
        this.agencyCode = agencyCode;
    }

    public void markDue() {
        this.reviewDue = true;
    }

    public void keep(LocalDate until, String reason, String by, Instant at) {
        this.reviewOn = until;
        this.reviewReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewDue = false;
    }

    public void erase(String reason, String by, Instant at) {
        this.erasureReason = reason;
        this.erasedBy = by;
        this.erasedAt = at;
        this.reviewDue = false;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Long getId() {
        return id;
    }

    public RetainedKind getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public boolean isReviewDue() {
        return reviewDue;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public String getErasureReason() {
        return erasureReason;
    }
}
