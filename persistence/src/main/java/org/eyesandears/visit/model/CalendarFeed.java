package org.eyesandears.visit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's calendar subscription; only the token's SHA-256 is kept, so a stolen table opens nothing.
 * An address works until it expires or is revoked; a revoked one stays as a row (who, when, why) so
 * that a calendar still polling it is refused and audited as this user's feed. A new address
 * replaces the row's token: the old one is then unknown.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    /** Why an address stopped working before it expired. */
    public enum Revocation {
        /** The user revoked it on the feed page or through the API. */
        USER,
        /** An administrator revoked it. */
        ADMIN,
        /** The user was disabled in Keycloak. */
        DISABLED
    }

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_why", length = 20)
    private Revocation revokedWhy;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(String username, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new address: the old token stops working, and any revocation is over. */
    public void renew(String newTokenHash, Instant at, Instant expires) {
        this.tokenHash = newTokenHash;
        this.createdAt = at;
        this.expiresAt = expires;
        this.revokedAt = null;
        this.revokedBy = null;
        this.revokedWhy = null;
    }

    public void revoke(Revocation why, String by, Instant at) {
        this.revokedWhy = why;
        this.revokedBy = by;
        this.revokedAt = at;
    }

    /** Whether the address opens the feed at {@code now}: not revoked and not yet expired. */
    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getUsername() {
        return username;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Revocation getRevokedWhy() {
        return revokedWhy;
    }
}
