package org.eyesandears.user.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Something a user left in the application to find again, as JSON: their unsent concern card,
 * their inbox filters. One of each kind per user.
 */
@Entity
@Table(name = "user_setting")
@IdClass(UserSetting.Key.class)
public class UserSetting {

    /** The primary key: whose, and what kind of setting. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String username;
        private String kind;

        public Key() {
            // for JPA
        }

        public Key(String username, String kind) {
            this.username = username;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(username, key.username) && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind);
        }
    }

    @Id
    @Column(length = 100)
    private String username;

    @Id
    @Column(length = 40)
    private String kind;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected UserSetting() {
        // for JPA
    }

    public UserSetting(String username, String kind, String content, Instant savedAt) {
        this.username = username;
        this.kind = kind;
        update(content, savedAt);
    }

    public final void update(String content, Instant savedAt) {
        this.content = content;
        this.savedAt = savedAt;
    }

    public String getContent() {
        return content;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
