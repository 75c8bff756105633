package org.eyesandears.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.eyesandears.audit.model.AuditOperation;

/**
 * The audit trail's hash chain: each row's hash is SHA-256 over the previous row's hash and the
 * row's own content, so changing, removing or slipping in a row breaks every link after it.
 * Writer and verifier both use {@link #hash}; the encoding is unambiguous (each field
 * length-prefixed, null distinct from empty).
 */
public final class AuditChain {

    /** The "previous hash" of the first row in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, long seq, Instant occurredAt, String username,
                              String agencyCode, AuditOperation operation, String objectType, String objectId,
                              String detail, String reason, String clientAddress, String channel) {
        StringBuilder content = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(seq), occurredAt.toString(), username,
                agencyCode, operation.name(), objectType, objectId, detail, reason, clientAddress, channel}) {
            if (field == null) {
                content.append("-;");
            } else {
                content.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
