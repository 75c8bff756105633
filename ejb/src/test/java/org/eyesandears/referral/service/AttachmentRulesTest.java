package org.eyesandears.referral.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void photosAndPdfsAreRecognisedByTheirBytes() {
        assertThat(AttachmentRules.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(AttachmentRules.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains("image/png");
        assertThat(AttachmentRules.contentType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertThat(AttachmentRules.contentType("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentRules.contentType("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(AttachmentRules.contentType(new byte[0])).isEmpty();
        assertThat(AttachmentRules.contentType(null)).isEmpty();
    }
}
