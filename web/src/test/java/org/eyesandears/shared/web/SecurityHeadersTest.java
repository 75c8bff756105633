package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyPageIsNotCachedNotFramedAndNotSniffed() {
        Map<String, String> headers = SecurityHeaders.forResponse("/referral/detail.xhtml", false);

        assertThat(headers).containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "same-origin");
        assertThat(headers.get("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'none'");
    }

    @Test
    void staticResourcesMayBeCachedButAreStillProtected() {
        Map<String, String> headers = SecurityHeaders.forResponse("/jakarta.faces.resource/core.js.xhtml", false);

        assertThat(headers).doesNotContainKey("Cache-Control").containsEntry("X-Content-Type-Options", "nosniff");
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        assertThat(SecurityHeaders.forResponse("/api/me", false)).doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.forResponse("/api/me", true))
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
}
