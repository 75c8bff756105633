package org.eyesandears.triage.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A desk officer's inbox filters as JSON, kept so the inbox opens as they left it. */
@Entity
@Table(name = "saved_inbox_filter")
public class SavedInboxFilter {

    @Id
    @Column(length = 100)
    private String username;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected SavedInboxFilter() {
        // for JPA
    }

    public SavedInboxFilter(String username, String content, Instant savedAt) {
        this.username = username;
        update(content, savedAt);
    }

    public final void update(String content, Instant savedAt) {
        this.content = content;
        this.savedAt = savedAt;
    }

    public String getContent() {
        return content;
    }
}
