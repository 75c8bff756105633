package org.eyesandears.business.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision about a record's link, by the engine or a person, never changed afterwards. */
@Entity
@Table(name = "link_decision")
public class LinkDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "business_id", nullable = false)
    private long businessId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    private Double probability;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected LinkDecision() {
        // for JPA
    }

    public LinkDecision(long recordId, Long candidateId, long businessId, Decision decision,
                        Double probability, String decidedBy, Instant decidedAt) {
        this.recordId = recordId;
        this.candidateId = candidateId;
        this.businessId = businessId;
        this.decision = decision;
        this.probability = probability;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public long getRecordId() {
        return recordId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public long getBusinessId() {
        return businessId;
    }

    public Decision getDecision() {
        return decision;
    }

    public Double getProbability() {
        return probability;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
