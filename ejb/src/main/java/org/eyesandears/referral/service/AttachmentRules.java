package org.eyesandears.referral.service;

import java.util.Optional;

/**
 * What may be attached to a referral, decided from the file's bytes, never from its name: JPEG,
 * PNG or PDF, at most {@value #MAX_BYTES} bytes, at most {@value #MAX_FILES} files.
 */
public final class AttachmentRules {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 5;

    private AttachmentRules() {
    }

    /** The content type the bytes really are, if it is one we accept. */
    public static Optional<String> contentType(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
