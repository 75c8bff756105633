package org.eyesandears.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eyesandears.audit.model.AuditOperation;

/**
 * The audit trail's chain: each row's hash covers the previous row's hash and the row's own
 * content, so changing, removing or slipping in a row breaks every link after it. Rows are signed
 * with an HMAC-SHA-256 under a key held outside the database ({@link #keyed}, ADR 0018), so whoever
 * owns the database cannot recompute the chain after changing it; rows written before the chain
 * was keyed keep their plain SHA-256 ({@link #hash}, "legacy", ADR 0007). Checkpoints of the chain's
 * end are signed the same way ({@link #checkpoint}). Since V140 a row's signature also covers its
 * related object ("audit-row-2"); rows written before keep theirs ("audit-row"). The encoding is unambiguous (each field
 * length-prefixed, null distinct from empty) and each kind of signature has its own prefix.
 */
public final class AuditChain {

    /** The "previous hash" of the first row in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The legacy row hash: SHA-256 without a key. */
    public static String hash(String previousHash, long seq, Instant occurredAt, String username,
                              String agencyCode, AuditOperation operation, String objectType, String objectId,
                              String detail, String reason, String clientAddress, String channel) {
        String content = encode(previousHash, Long.toString(seq), occurredAt.toString(), username, agencyCode,
                operation.name(), objectType, objectId, detail, reason, clientAddress, channel);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * The keyed row hash of records written since V140: HMAC-SHA-256 under {@code key}, whose id is
     * part of what is signed, over the row's content including the related object (null for none).
     */
    public static String keyed(AuditKeyring.Key key, String previousHash, long seq, Instant occurredAt,
                               String username, String agencyCode, AuditOperation operation, String objectType,
                               String objectId, String relatedType, String relatedId, String detail, String reason,
                               String clientAddress, String channel) {
        return hmac(key, encode("audit-row-2", key.id(), previousHash, Long.toString(seq), occurredAt.toString(),
                username, agencyCode, operation.name(), objectType, objectId, relatedType, relatedId, detail, reason,
                clientAddress, channel));
    }

    /**
     * The keyed row hash of records written before V140 (ADR 0018), which had no related object: the
     * verifier accepts it only for rows whose related object is empty (ADR 0025).
     */
    public static String keyed(AuditKeyring.Key key, String previousHash, long seq, Instant occurredAt,
                               String username, String agencyCode, AuditOperation operation, String objectType,
                               String objectId, String detail, String reason, String clientAddress, String channel) {
        return hmac(key, encode("audit-row", key.id(), previousHash, Long.toString(seq), occurredAt.toString(),
                username, agencyCode, operation.name(), objectType, objectId, detail, reason, clientAddress, channel));
    }

    /** The signature of a checkpoint: the chain ended at {@code seq} with {@code rowHash} at {@code at}. */
    public static String checkpoint(AuditKeyring.Key key, long seq, String rowHash, Instant at) {
        return hmac(key, encode("audit-checkpoint", key.id(), Long.toString(seq), rowHash, at.toString()));
    }

    /** Compares two hex signatures in time independent of where they differ. */
    static boolean same(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static String encode(String... fields) {
        StringBuilder content = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                content.append("-;");
            } else {
                content.append(field.length()).append(':').append(field).append(';');
            }
        }
        return content.toString();
    }

    private static String hmac(AuditKeyring.Key key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
