package org.eyesandears.audit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One logged operation: who (and their agency), when, what, on which object, why where given,
 * from which client address and channel. Written once, never changed: no setters, no version.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "agency_code", updatable = false, length = 40)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AuditOperation operation;

    @Column(name = "object_type", nullable = false, updatable = false, length = 40)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false, length = 40)
    private String objectId;

    /** Non-personal detail, e.g. the recipient agency of a disclosure. */
    @Column(updatable = false, length = 500)
    private String detail;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(nullable = false, updatable = false, length = 10)
    private String channel;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(Instant occurredAt, String username, String agencyCode, AuditOperation operation,
                       String objectType, String objectId, String detail, String reason,
                       String clientAddress, String channel) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.agencyCode = agencyCode;
        this.operation = operation;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail;
        this.reason = reason;
        this.clientAddress = clientAddress;
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public AuditOperation getOperation() {
        return operation;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getChannel() {
        return channel;
    }
}
