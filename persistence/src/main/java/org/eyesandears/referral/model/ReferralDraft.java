package org.eyesandears.referral.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An officer's unsent concern card, saved as they type so that a closed browser or a lost signal
 * loses nothing. One per officer; gone once the card is sent or discarded.
 */
@Entity
@Table(name = "referral_draft")
public class ReferralDraft {

    @Id
    @Column(length = 100)
    private String username;

    /** The card as JSON, in the shape of the API's referral body. */
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ReferralDraft() {
        // for JPA
    }

    public ReferralDraft(String username, String content, Instant savedAt) {
        this.username = username;
        update(content, savedAt);
    }

    public final void update(String content, Instant savedAt) {
        this.content = content;
        this.savedAt = savedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getContent() {
        return content;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
