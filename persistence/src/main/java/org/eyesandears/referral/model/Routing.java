package org.eyesandears.referral.model;

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

/** A referral's passage to one receiving agency, worked by that agency's intelligence desk. */
@Entity
@Table(name = "routing")
public class Routing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoutingStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Routing() {
        // for JPA
    }

    Routing(Referral referral, String agencyCode, Instant createdAt) {
        this.referral = referral;
        this.agencyCode = agencyCode;
        this.status = RoutingStatus.NEW;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Referral getReferral() {
        return referral;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public RoutingStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
