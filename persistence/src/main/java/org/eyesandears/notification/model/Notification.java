package org.eyesandears.notification.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something one user should know: a short message about a referral, read or not yet. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 30)
    private String kind;

    /** The referral's reference, for a notice about a referral. */
    @Column(length = 20)
    private String reference;

    /** The visit's id, for a notice about a visit. */
    @Column(name = "visit_id")
    private Long visitId;

    @Column(nullable = false, length = 300)
    private String message;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(String username, Instant createdAt, String kind, String reference, String message) {
        this.username = username;
        this.createdAt = createdAt;
        this.kind = kind;
        this.reference = reference;
        this.message = message;
    }

    /** A notice about a visit. */
    public static Notification aboutVisit(String username, Instant createdAt, String kind, long visitId,
                                          String message) {
        Notification n = new Notification(username, createdAt, kind, null, message);
        n.visitId = visitId;
        return n;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
