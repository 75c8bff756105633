package org.eyesandears.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eyesandears.audit.model.AuditOperation;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123456Z");

    private static String hash(String prev, long seq, String username, String detail, String reason) {
        return AuditChain.hash(prev, seq, AT, username, "FOOD", AuditOperation.CONSULTATION, "referral",
                "EAE-2026-000001", detail, reason, "127.0.0.1", "UI");
    }

    @Test
    void theSameRowAlwaysHashesTheSameAsSha256Hex() {
        assertThat(hash(AuditChain.GENESIS, 1, "desk.fire", null, null))
                .isEqualTo(hash(AuditChain.GENESIS, 1, "desk.fire", null, null))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangeToTheRowItsPlaceOrItsPredecessorChangesTheHash() {
        String original = hash(AuditChain.GENESIS, 1, "desk.fire", null, null);
        assertThat(hash(AuditChain.GENESIS, 1, "desk.firE", null, null)).isNotEqualTo(original);
        assertThat(hash(AuditChain.GENESIS, 2, "desk.fire", null, null)).isNotEqualTo(original);
        assertThat(hash("1".repeat(64), 1, "desk.fire", null, null)).isNotEqualTo(original);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT.plusNanos(1000), "desk.fire", "FOOD",
                AuditOperation.CONSULTATION, "referral", "EAE-2026-000001", null, null, "127.0.0.1", "UI"))
                .isNotEqualTo(original);
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherAndNullDiffersFromEmpty() {
        assertThat(hash(AuditChain.GENESIS, 1, "desk.fire", "a;b", null))
                .isNotEqualTo(hash(AuditChain.GENESIS, 1, "desk.fire", "a", "b"));
        assertThat(hash(AuditChain.GENESIS, 1, "desk.fire", "", null))
                .isNotEqualTo(hash(AuditChain.GENESIS, 1, "desk.fire", null, null));
    }
}
