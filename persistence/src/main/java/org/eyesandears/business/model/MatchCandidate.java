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
import jakarta.persistence.Version;

/**
 * A pair of source records that may be the same business: a newer record and the register record
 * it resembles most, with the engine's score and its explanation (the waterfall, as JSON, kept as
 * it was when scored), and the analyst's decision.
 */
@Entity
@Table(name = "match_candidate")
public class MatchCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false)
    private SourceRecord record;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_record_id", nullable = false)
    private SourceRecord candidate;

    @Column(nullable = false)
    private double probability;

    @Column(name = "match_weight", nullable = false)
    private double matchWeight;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidateStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected MatchCandidate() {
        // for JPA
    }

    public MatchCandidate(SourceRecord record, SourceRecord candidate, double probability,
                          double matchWeight, String explanation, Instant createdAt) {
        this.record = record;
        this.candidate = candidate;
        this.probability = probability;
        this.matchWeight = matchWeight;
        this.explanation = explanation;
        this.status = CandidateStatus.PENDING;
        this.createdAt = createdAt;
    }

    public void decide(CandidateStatus status, String by, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** A newer score for a pair still waiting: the queue shows the latest evidence. */
    public void rescore(double probability, double matchWeight, String explanation) {
        this.probability = probability;
        this.matchWeight = matchWeight;
        this.explanation = explanation;
    }

    public Long getId() {
        return id;
    }

    public SourceRecord getRecord() {
        return record;
    }

    public SourceRecord getCandidate() {
        return candidate;
    }

    public double getProbability() {
        return probability;
    }

    public double getMatchWeight() {
        return matchWeight;
    }

    public String getExplanation() {
        return explanation;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
