package org.eyesandears.audit.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys that sign the audit chain and its checkpoints (ADR 0018), read from settings held
 * outside the database: {@code AUDIT_HMAC_KEYS}, a comma-separated list of
 * {@code keyId:base64key} (each key at least 32 bytes), and {@code AUDIT_HMAC_KEY_ID}, the id of
 * the key new rows use. Old keys stay in the list after a rotation so that the rows they signed can
 * still be checked. Without {@code AUDIT_HMAC_KEYS} the {@linkplain #DEVELOPMENT_KEY_ID development
 * key} is used: it is in this source file, so it proves nothing; production must set its own.
 */
public final class AuditKeyring {

    public static final String KEYS_SETTING = "AUDIT_HMAC_KEYS";
    public static final String KEY_ID_SETTING = "AUDIT_HMAC_KEY_ID";

    /** The id of the public development key that ./run.sh and the tests use when no key is set. */
    public static final String DEVELOPMENT_KEY_ID = "dev-not-secret";

    static final int MIN_KEY_BYTES = 32;

    private static final String DEVELOPMENT_KEY = Base64.getEncoder().encodeToString(
            "Eyes and Ears development audit key: public, never for production"
                    .getBytes(StandardCharsets.US_ASCII));

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /** One key: its id (stored in each row it signs) and the secret. */
    public record Key(String id, byte[] secret) {
        @Override
        public String toString() {
            return "Key[" + id + "]"; // never the secret
        }
    }

    private final Map<String, Key> keys;
    private final Key current;

    private AuditKeyring(Map<String, Key> keys, Key current) {
        this.keys = Map.copyOf(keys);
        this.current = current;
    }

    /** The keyring the settings describe. */
    public static AuditKeyring fromSettings() {
        return parse(org.eyesandears.shared.config.Settings.get(KEYS_SETTING),
                org.eyesandears.shared.config.Settings.get(KEY_ID_SETTING));
    }

    /**
     * Reads {@code keys} ("id:base64,id:base64") with {@code currentId} as the key for new rows
     * (optional when there is one key). No keys at all: the development key.
     *
     * @throws IllegalStateException naming the setting that is wrong, never a key
     */
    static AuditKeyring parse(String keys, String currentId) {
        if (keys == null || keys.isBlank()) {
            keys = DEVELOPMENT_KEY_ID + ":" + DEVELOPMENT_KEY;
        }
        Map<String, Key> found = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            String e = entry.strip();
            int colon = e.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(KEYS_SETTING + ": each key is written keyId:base64key");
            }
            String id = e.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(KEYS_SETTING + ": a key id is 1 to 40 letters, digits, '.', '_' or '-'");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(e.substring(colon + 1).strip());
            } catch (IllegalArgumentException bad) {
                throw new IllegalStateException(KEYS_SETTING + ": the key " + id + " is not base64", bad);
            }
            if (secret.length < MIN_KEY_BYTES) {
                throw new IllegalStateException(KEYS_SETTING + ": the key " + id + " is shorter than "
                        + MIN_KEY_BYTES + " bytes");
            }
            if (found.put(id, new Key(id, secret)) != null) {
                throw new IllegalStateException(KEYS_SETTING + ": the key id " + id + " appears twice");
            }
        }
        String use = currentId == null || currentId.isBlank() ? null : currentId.strip();
        if (use == null) {
            if (found.size() > 1) {
                throw new IllegalStateException(KEY_ID_SETTING + " must name the key new audit records use, one of "
                        + found.keySet());
            }
            use = found.keySet().iterator().next();
        }
        Key current = found.get(use);
        if (current == null) {
            throw new IllegalStateException(KEY_ID_SETTING + " names " + use + ", which is not in " + KEYS_SETTING);
        }
        return new AuditKeyring(found, current);
    }

    /** The key new rows and checkpoints are signed with. */
    public Key current() {
        return current;
    }

    /** The key with this id, if this server holds it. */
    public Optional<Key> find(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id));
    }

    /** Whether new rows are signed with the public development key (refuse this in production). */
    public boolean usesDevelopmentKey() {
        return DEVELOPMENT_KEY_ID.equals(current.id());
    }
}
