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

    /** The information request's id, for a notice about a request between desks. */
    @Column(name = "request_id")
    private Long requestId;

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

    /** A notice about a visit or an information request (one of the two ids, the other null). */
    public static Notification about(String username, Instant createdAt, String kind, Long visitId, Long requestId,
                                     String message) {
        Notification n = new Notification(username, createdAt, kind, null, message);
        n.visitId = visitId;
        n.requestId = requestId;
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

    public Long getRequestId() {
        return requestId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
