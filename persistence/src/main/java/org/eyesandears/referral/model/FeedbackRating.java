package org.eyesandears.referral.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The referring officer's answer to "was this feedback useful?" about one routing's feedback: given
 * once per routing and never changed (V210, ADR 0035). It names the officer who answered, as every
 * change in the application does, and nothing about the business or the people seen.
 */
@Entity
@Table(name = "feedback_rating")
public class FeedbackRating {

    @Id
    @Column(name = "routing_id")
    private Long routingId;

    @Column(nullable = false)
    private boolean useful;

    @Column(name = "rated_by", nullable = false, length = 100)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected FeedbackRating() {
        // for JPA
    }

    public FeedbackRating(long routingId, boolean useful, String ratedBy, Instant ratedAt) {
        this.routingId = routingId;
        this.useful = useful;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }

    public Long getRoutingId() {
        return routingId;
    }

    public boolean isUseful() {
        return useful;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
