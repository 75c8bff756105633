package org.eyesandears.audit.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A signed note of where the audit chain ended: position {@code seq} with row hash {@code rowHash},
 * at {@code at}, signed with key {@code keyId} ({@code mac}, see {@link AuditChain#checkpoint}).
 * One line of the checkpoint file: {@code v1 <seq> <rowHash> <at> <keyId> <mac>}; {@code line} is
 * its line number there.
 */
public record Checkpoint(int line, long seq, String rowHash, Instant at, String keyId, String mac) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** The line as written to the file, without the line break. */
    public String format() {
        return "v1 " + seq + " " + rowHash + " " + at + " " + keyId + " " + mac;
    }

    /** A checkpoint signed now with {@code key}. */
    static Checkpoint sign(AuditKeyring.Key key, long seq, String rowHash, Instant at) {
        return new Checkpoint(0, seq, rowHash, at, key.id(), AuditChain.checkpoint(key, seq, rowHash, at));
    }

    /**
     * Reads line {@code line} of the file.
     *
     * @throws IllegalArgumentException when it is not a checkpoint written by this application
     */
    static Checkpoint parse(String text, int line) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 6 || !parts[0].equals("v1") || !HEX64.matcher(parts[2]).matches()
                || !HEX64.matcher(parts[5]).matches()) {
            throw new IllegalArgumentException("Checkpoint line " + line + " is not a checkpoint");
        }
        try {
            return new Checkpoint(line, Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]), parts[4], parts[5]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Checkpoint line " + line + " is not a checkpoint", e);
        }
    }
}
