package org.eyesandears.visit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's calendar subscription; only the token's SHA-256 is kept, so a stolen table opens nothing. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(String username, String tokenHash, Instant createdAt) {
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void renew(String newTokenHash, Instant at) {
        this.tokenHash = newTokenHash;
        this.createdAt = at;
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
}
