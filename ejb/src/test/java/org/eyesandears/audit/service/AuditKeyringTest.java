package org.eyesandears.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class AuditKeyringTest {

    private static String key(String text) {
        return Base64.getEncoder().encodeToString(text.repeat(4).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void withoutKeysTheServerUsesThePublicDevelopmentKeyAndSaysSo() {
        AuditKeyring ring = AuditKeyring.parse(null, null);
        assertThat(ring.current().id()).isEqualTo(AuditKeyring.DEVELOPMENT_KEY_ID);
        assertThat(ring.usesDevelopmentKey()).isTrue();
    }

    @Test
    void afterARotationNewRowsUseTheNamedKeyAndOldKeysStillCheckOldRows() {
        AuditKeyring ring = AuditKeyring.parse("2025a:" + key("old-key-") + ", 2026b:" + key("new-key-"), "2026b");
        assertThat(ring.current().id()).isEqualTo("2026b");
        assertThat(ring.find("2025a")).isPresent();
        assertThat(ring.find("2024z")).isEmpty();
        assertThat(ring.usesDevelopmentKey()).isFalse();
    }

    @Test
    void oneKeyNeedsNoKeyId() {
        assertThat(AuditKeyring.parse("only:" + key("only-key"), null).current().id()).isEqualTo("only");
    }

    @Test
    void wrongSettingsAreRefusedNamingTheSettingButNeverTheKey() {
        String secret = key("secret--");
        assertThatThrownBy(() -> AuditKeyring.parse("a:" + secret + ",b:" + key("other---"), null))
                .hasMessageContaining(AuditKeyring.KEY_ID_SETTING);
        assertThatThrownBy(() -> AuditKeyring.parse("a:" + secret, "b")).hasMessageContaining("names b");
        assertThatThrownBy(() -> AuditKeyring.parse("a:" + Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> AuditKeyring.parse("a:not base64!", null)).hasMessageContaining("not base64")
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> AuditKeyring.parse(secret, null)).hasMessageContaining("keyId:base64key")
                .hasMessageNotContaining(secret);
        assertThatThrownBy(() -> AuditKeyring.parse("a:" + secret + ",a:" + secret, null)).hasMessageContaining("twice");
        assertThatThrownBy(() -> AuditKeyring.parse("a b:" + secret, null)).hasMessageContaining("key id");
    }

    @Test
    void theKeyNeverShowsInLogsThroughToString() {
        assertThat(AuditKeyring.parse("k1:" + key("secret--"), null).current().toString()).isEqualTo("Key[k1]");
    }
}
