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
 * from which client address and channel. Written once, never changed: no setters, no version; the
 * application's database account may not update or delete these rows, and each row is chained to
 * the previous one by an HMAC-SHA-256 under a key held outside the database, so that changes made
 * around the application show (ADR 0007, ADR 0018).
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

    /**
     * The object this one belongs to, where it has one (an attachment's referral): its type, a
     * stored {@link AuditObject} name, and its id. Null on records written before V140, whose
     * hash does not cover these columns (ADR 0025).
     */
    @Column(name = "related_type", updatable = false, length = 40)
    private String relatedType;

    @Column(name = "related_id", updatable = false, length = 40)
    private String relatedId;

    /** Non-personal detail, e.g. the recipient agency of a disclosure. */
    @Column(updatable = false, length = 500)
    private String detail;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(nullable = false, updatable = false, length = 10)
    private String channel;

    /** Place in the hash chain (1, 2, ...); null on rows written before the chain existed. */
    @Column(name = "chain_seq", updatable = false)
    private Long chainSeq;

    @Column(name = "prev_hash", updatable = false, columnDefinition = "char(64)")
    private String prevHash;

    /**
     * HMAC-SHA-256 (hex) under the key {@link #keyId} over this row's content and {@link #prevHash};
     * plain SHA-256 on legacy rows written before the chain was keyed (key id null).
     */
    @Column(name = "row_hash", updatable = false, columnDefinition = "char(64)")
    private String rowHash;

    /** Which audit key made {@link #rowHash}; null on legacy rows. */
    @Column(name = "key_id", updatable = false, length = 40)
    private String keyId;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(Instant occurredAt, String username, String agencyCode, AuditOperation operation,
                       String objectType, String objectId, String detail, String reason,
                       String clientAddress, String channel) {
        this(occurredAt, username, agencyCode, operation, objectType, objectId, null, null, detail, reason,
                clientAddress, channel);
    }

    public AuditRecord(Instant occurredAt, String username, String agencyCode, AuditOperation operation,
                       String objectType, String objectId, String relatedType, String relatedId, String detail,
                       String reason, String clientAddress, String channel) {
        this.relatedType = relatedType;
        this.relatedId = relatedId;
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

    /** Places the record in the chain with the hash made by key {@code keyId}; done once, before it is written. */
    public void chain(long seq, String previousHash, String hash, String keyId) {
        if (chainSeq != null) {
            throw new IllegalStateException("Audit record already chained");
        }
        this.chainSeq = seq;
        this.prevHash = previousHash;
        this.rowHash = hash;
        this.keyId = keyId;
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

    public String getRelatedType() {
        return relatedType;
    }

    public String getRelatedId() {
        return relatedId;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getRowHash() {
        return rowHash;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getChannel() {
        return channel;
    }
}
