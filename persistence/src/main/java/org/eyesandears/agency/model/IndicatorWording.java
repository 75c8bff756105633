package org.eyesandears.agency.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One wording a golden indicator has had, from the version it started with. Written once, never
 * changed: with the referral's own copy of the wording (ReferralIndicator) it says what the card
 * asked when a referral was sent.
 */
@Entity
@Table(name = "indicator_wording")
@NamedQuery(name = "IndicatorWording.findByIndicator",
        query = "select w from IndicatorWording w where w.indicator.code = :code order by w.wordingVersion desc")
public class IndicatorWording {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "wording_version", nullable = false, updatable = false)
    private int wordingVersion;

    @Column(nullable = false, updatable = false, length = 500)
    private String wording;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected IndicatorWording() {
        // for JPA
    }

    /** The indicator's current wording, as set by {@code changedBy}. */
    public IndicatorWording(Indicator indicator, String changedBy, Instant changedAt) {
        this.indicator = indicator;
        this.wordingVersion = indicator.getWordingVersion();
        this.wording = indicator.getWording();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int getWordingVersion() {
        return wordingVersion;
    }

    public String getWording() {
        return wording;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
