package org.eyesandears.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.model.AuditRecord;
import org.junit.jupiter.api.Test;

/** The verifier's rules on rows built here: keys, rotation, legacy rows and checkpoints. */
class ChainWalkTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123456Z");
    private static final String OLD = "k2025:" + key("old-key-");
    private static final String NEW = "k2026:" + key("new-key-");
    private static final AuditKeyring BOTH = AuditKeyring.parse(OLD + "," + NEW, "k2026");
    private static final AuditKeyring OLD_ONLY = AuditKeyring.parse(OLD, null);

    private static String key(String text) {
        return Base64.getEncoder().encodeToString(text.repeat(4).getBytes(StandardCharsets.US_ASCII));
    }

    /** A chain of rows: {@code keys[i]} signs row i+1 (null: a legacy SHA-256 row). */
    private static List<AuditRecord> chain(AuditKeyring ring, String... keys) {
        List<AuditRecord> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < keys.length; i++) {
            rows.add(row(ring, i + 1, previous, keys[i], "desk.fire"));
            previous = rows.get(i).getRowHash();
        }
        return rows;
    }

    private static AuditRecord row(AuditKeyring ring, long seq, String previous, String keyId, String username) {
        AuditRecord r = new AuditRecord(AT.plusSeconds(seq), username, "FIRE", AuditOperation.CONSULTATION,
                "referral", "R-" + seq, null, null, "10.0.0.1", "UI");
        String hash = keyId == null
                ? AuditChain.hash(previous, seq, r.getOccurredAt(), username, "FIRE", AuditOperation.CONSULTATION,
                        "referral", "R-" + seq, null, null, "10.0.0.1", "UI")
                : AuditChain.keyed(ring.find(keyId).orElseThrow(), previous, seq, r.getOccurredAt(), username, "FIRE",
                        AuditOperation.CONSULTATION, "referral", "R-" + seq, null, null, "10.0.0.1", "UI");
        r.chain(seq, previous, hash, keyId);
        return r;
    }

    /** Row {@code seq} as written since V140: an attachment of referral {@code reference}, the referral signed too. */
    private static AuditRecord attachmentRow(AuditKeyring ring, long seq, String previous, String keyId, String reference) {
        AuditRecord r = new AuditRecord(AT.plusSeconds(seq), "desk.fire", "FIRE", AuditOperation.CONSULTATION,
                "attachment", "A-" + seq, "referral", reference, "of referral " + reference, null, "10.0.0.1", "UI");
        r.chain(seq, previous, AuditChain.keyed(ring.find(keyId).orElseThrow(), previous, seq, r.getOccurredAt(),
                "desk.fire", "FIRE", AuditOperation.CONSULTATION, "attachment", "A-" + seq, "referral", reference,
                "of referral " + reference, null, "10.0.0.1", "UI"), keyId);
        return r;
    }

    /** The same row with another related object, as someone with the database's rights could make it. */
    private static AuditRecord relatedTo(AuditRecord r, String type, String id) {
        AuditRecord changed = new AuditRecord(r.getOccurredAt(), r.getUsername(), r.getAgencyCode(), r.getOperation(),
                r.getObjectType(), r.getObjectId(), type, id, r.getDetail(), r.getReason(), r.getClientAddress(),
                r.getChannel());
        changed.chain(r.getChainSeq(), r.getPrevHash(), r.getRowHash(), r.getKeyId());
        return changed;
    }

    /** Legacy, keyed-before-V140 and since-V140 rows, one after another. */
    private static List<AuditRecord> acrossV140() {
        List<AuditRecord> rows = new ArrayList<>(chain(BOTH, null, "k2025", "k2026"));
        rows.add(attachmentRow(BOTH, 4, rows.get(2).getRowHash(), "k2026", "R-1"));
        AuditRecord plain = new AuditRecord(AT.plusSeconds(5), "desk.fire", "FIRE", AuditOperation.CONSULTATION,
                "referral", "R-5", null, null, null, null, "10.0.0.1", "UI");
        plain.chain(5, rows.get(3).getRowHash(), AuditChain.keyed(BOTH.current(), rows.get(3).getRowHash(), 5,
                plain.getOccurredAt(), "desk.fire", "FIRE", AuditOperation.CONSULTATION, "referral", "R-5", null, null,
                null, null, "10.0.0.1", "UI"), "k2026");
        rows.add(plain);
        return rows;
    }

    @Test
    void rowsSignedBeforeAndSinceTheRelatedObjectColumnsCheckInOneChain() {
        ChainReport report = walk(BOTH, acrossV140(), List.of());
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.rowsChecked()).isEqualTo(5);
    }

    @Test
    void aRelatedObjectChangedRemovedOrAddedAfterwardsIsFound() {
        List<AuditRecord> rows = acrossV140();
        rows.set(3, relatedTo(rows.get(3), "referral", "R-2"));
        assertThat(walk(BOTH, rows, List.of()).brokenAtSeq()).as("another referral").isEqualTo(4);

        rows = acrossV140();
        rows.set(3, relatedTo(rows.get(3), null, null));
        assertThat(walk(BOTH, rows, List.of()).brokenAtSeq()).as("the referral removed").isEqualTo(4);

        rows = acrossV140();
        rows.set(4, relatedTo(rows.get(4), "referral", "R-9"));
        assertThat(walk(BOTH, rows, List.of()).brokenAtSeq()).as("added to a row signed since V140").isEqualTo(5);

        for (int before = 0; before < 3; before++) {
            rows = acrossV140();
            rows.set(before, relatedTo(rows.get(before), "referral", "R-9"));
            ChainReport report = walk(BOTH, rows, List.of());
            assertThat(report.brokenAtSeq()).as("added to row " + (before + 1) + ", signed before V140")
                    .isEqualTo(before + 1L);
            assertThat(report.problem()).contains("no longer matches its hash");
        }
    }

    private static ChainReport walk(AuditKeyring ring, List<AuditRecord> rows, List<Checkpoint> checkpoints) {
        ChainWalk walk = ChainWalk.fromStart(ring, checkpoints);
        for (AuditRecord r : rows) {
            if (!walk.next(r)) {
                break;
            }
        }
        AuditRecord last = rows.get(rows.size() - 1);
        walk.end(last.getChainSeq(), last.getRowHash());
        return walk.report(AT);
    }

    @Test
    void legacyRowsThenRowsUnderAnOldAndANewKeyAllCheckWhenTheServerHoldsBothKeys() {
        List<AuditRecord> rows = chain(BOTH, null, null, "k2025", "k2025", "k2026");
        ChainReport report = walk(BOTH, rows, List.of());
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.rowsChecked()).isEqualTo(5);
        assertThat(report.legacyRows()).isEqualTo(2);
        assertThat(report.chainEndSeq()).isEqualTo(5);
    }

    @Test
    void aRowSignedWithAKeyTheServerNoLongerHoldsIsReportedNotPassed() {
        ChainReport report = walk(OLD_ONLY, chain(BOTH, "k2025", "k2026"), List.of());
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAtSeq()).isEqualTo(2);
        assertThat(report.problem()).contains("k2026").contains(AuditKeyring.KEYS_SETTING);
    }

    @Test
    void aChangedRowIsFoundEvenWhenItsHashIsRecomputedWithoutTheKey() {
        List<AuditRecord> rows = chain(BOTH, "k2026", "k2026", "k2026");
        AuditRecord original = rows.get(1);
        // The attacker rewrites row 2 and re-signs it with a key of their own under the same key id.
        AuditKeyring guess = AuditKeyring.parse("k2026:" + key("guessed-"), null);
        rows.set(1, row(guess, 2, original.getPrevHash(), "k2026", "someone.else"));
        ChainReport report = walk(BOTH, rows, List.of());
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAtSeq()).isEqualTo(2);
        assertThat(report.problem()).contains("no longer matches its hash");
    }

    @Test
    void aLegacyRowAfterSignedRowsIsARewrite() {
        ChainReport report = walk(BOTH, chain(BOTH, null, "k2026", null), List.of());
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAtSeq()).isEqualTo(3);
        assertThat(report.problem()).contains("carries no audit key");
    }

    @Test
    void aWholeChainRewrittenAsLegacySha256IsCaughtByTheCheckpoint() {
        List<AuditRecord> genuine = chain(BOTH, "k2026", "k2026", "k2026", "k2026");
        Checkpoint at3 = Checkpoint.sign(BOTH.current(), 3, genuine.get(2).getRowHash(), AT);
        // Whoever owns the database changes row 2 and recomputes every hash with plain SHA-256.
        List<AuditRecord> forged = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= 4; seq++) {
            forged.add(row(BOTH, seq, previous, null, seq == 2 ? "someone.else" : "desk.fire"));
            previous = forged.get(seq - 1).getRowHash();
        }
        assertThat(walk(BOTH, forged, List.of()).intact()).as("without a checkpoint, a legacy chain holds").isTrue();
        ChainReport report = walk(BOTH, forged, List.of(at3));
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenAtSeq()).isEqualTo(3);
        assertThat(report.problem()).contains("checkpoint of " + AT).contains("rewritten after that checkpoint");
        assertThat(walk(BOTH, genuine, List.of(at3)).intact()).isTrue();
    }

    @Test
    void deletingTheRowsAfterACheckpointIsCaughtEvenWhenTheHeadIsMovedBack() {
        List<AuditRecord> rows = chain(BOTH, "k2026", "k2026", "k2026", "k2026");
        Checkpoint at4 = Checkpoint.sign(BOTH.current(), 4, rows.get(3).getRowHash(), AT);
        ChainReport report = walk(BOTH, rows.subList(0, 2), List.of(at4));
        assertThat(report.intact()).isFalse();
        assertThat(report.problem()).contains("ends at position 2").contains("vouched for position 4");
    }

    @Test
    void aCheckpointLineAlteredOrSignedWithAnUnknownKeyIsReported() {
        List<AuditRecord> rows = chain(BOTH, "k2026", "k2026");
        Checkpoint good = Checkpoint.sign(BOTH.current(), 2, rows.get(1).getRowHash(), AT);
        Checkpoint moved = new Checkpoint(7, 1, rows.get(0).getRowHash(), good.at(), good.keyId(), good.mac());
        assertThat(walk(BOTH, rows, List.of(moved)).problem()).contains("Checkpoint line 7").contains("altered");
        Checkpoint unknown = Checkpoint.sign(AuditKeyring.parse("k1999:" + key("ancient-"), null).current(), 2,
                rows.get(1).getRowHash(), AT);
        assertThat(walk(BOTH, rows, List.of(unknown)).problem()).contains("k1999");
    }

    @Test
    void theWalkFromACheckpointChecksOnlyTheRowsSinceAndHoldsTheFirstToIt() {
        List<AuditRecord> rows = chain(BOTH, "k2026", "k2026", "k2026", "k2026");
        Checkpoint at2 = Checkpoint.sign(BOTH.current(), 2, rows.get(1).getRowHash(), AT);
        ChainWalk walk = ChainWalk.fromCheckpoint(BOTH, List.of(at2), at2);
        rows.subList(1, 4).forEach(walk::next);
        walk.end(4L, rows.get(3).getRowHash());
        assertThat(walk.report(AT).intact()).isTrue();
        assertThat(walk.lastSeq()).isEqualTo(4);

        List<AuditRecord> forged = chain(BOTH, "k2026", null, "k2026", "k2026");
        ChainWalk rewritten = ChainWalk.fromCheckpoint(BOTH, List.of(at2), at2);
        forged.subList(1, 4).forEach(rewritten::next);
        assertThat(rewritten.report(AT).problem()).contains("checkpoint");
    }

    @Test
    void aCheckpointLineReadsBackAsWritten() {
        Checkpoint c = Checkpoint.sign(BOTH.current(), 42, AuditChain.GENESIS.replace('0', 'a'), AT);
        Checkpoint read = Checkpoint.parse(c.format(), 3);
        assertThat(read).isEqualTo(new Checkpoint(3, 42, c.rowHash(), AT, "k2026", c.mac()));
    }
}
