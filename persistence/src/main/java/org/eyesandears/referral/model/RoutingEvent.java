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

/** One step in a routing's history: who moved it from which status to which, when and why. */
@Entity
@Table(name = "routing_event")
public class RoutingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routing_id")
    private Routing routing;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private RoutingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RoutingStatus toStatus;

    @Column(length = 2000)
    private String reason;

    protected RoutingEvent() {
        // for JPA
    }

    public RoutingEvent(Routing routing, Instant occurredAt, String username, RoutingStatus fromStatus,
                        RoutingStatus toStatus, String reason) {
        this.routing = routing;
        this.occurredAt = occurredAt;
        this.username = username;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
    }

    public Routing getRouting() {
        return routing;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public RoutingStatus getFromStatus() {
        return fromStatus;
    }

    public RoutingStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    /** Blanks the desk's reason or question, when the referral is erased; the step itself stays. */
    public Long getId() {
        return id;
    }

    public void eraseReason() {
        this.reason = null;
    }
}
