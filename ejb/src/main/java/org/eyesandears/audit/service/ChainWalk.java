package org.eyesandears.audit.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eyesandears.audit.model.AuditRecord;

/**
 * Checks audit rows one after another in chain order against the keys and the checkpoints, and
 * keeps the first problem. Pure logic: {@link AuditChainVerifier} reads the rows and feeds them in.
 *
 * <p>Rules: positions follow each other without gaps; each row names the previous row's hash;
 * a keyed row's HMAC is right under its own key (so old keys check old rows after a rotation); a
 * row without a key (legacy, plain SHA-256) may only come before the first keyed row; a row signed
 * before V140 (without the related object) must have no related object; a row at a
 * checkpoint's position has the hash the checkpoint vouched for; the chain reaches at least the
 * last checkpoint. Checkpoints themselves must carry a valid signature.
 */
final class ChainWalk {

    private final AuditKeyring keys;
    private final Map<Long, Checkpoint> checkpoints = new HashMap<>();
    private final boolean fromStart;
    private Checkpoint lastCheckpoint;
    private long lastSeq;
    private String lastHash;
    private boolean keyedSeen;
    private long checked;
    private long unchained;
    private long legacy;
    private Long brokenAtId;
    private Long brokenAtSeq;
    private String problem;

    private ChainWalk(AuditKeyring keys, List<Checkpoint> checkpoints, boolean fromStart) {
        this.keys = keys;
        this.fromStart = fromStart;
        for (Checkpoint c : checkpoints) {
            Optional<AuditKeyring.Key> key = keys.find(c.keyId());
            if (key.isEmpty()) {
                fail(null, null, "Checkpoint line " + c.line() + " was signed with the audit key " + c.keyId()
                        + ", which this server does not hold: add it to " + AuditKeyring.KEYS_SETTING + ".");
                return;
            }
            if (!AuditChain.same(AuditChain.checkpoint(key.get(), c.seq(), c.rowHash(), c.at()), c.mac())) {
                fail(null, null, "Checkpoint line " + c.line() + " does not carry a valid signature:"
                        + " the checkpoint file was altered.");
                return;
            }
            Checkpoint before = this.checkpoints.putIfAbsent(c.seq(), c);
            if (before != null && !before.rowHash().equals(c.rowHash())) {
                fail(null, c.seq(), "Checkpoint lines " + before.line() + " and " + c.line()
                        + " disagree about chain position " + c.seq() + ": the chain was rewritten in between.");
                return;
            }
            if (lastCheckpoint == null || c.seq() >= lastCheckpoint.seq()) {
                lastCheckpoint = c;
            }
        }
    }

    /** A walk of the whole chain from its first row. */
    static ChainWalk fromStart(AuditKeyring keys, List<Checkpoint> checkpoints) {
        ChainWalk walk = new ChainWalk(keys, checkpoints, true);
        walk.lastSeq = 0;
        walk.lastHash = AuditChain.GENESIS;
        return walk;
    }

    /**
     * A walk from the row at a checkpoint's position onwards (the rows before it were checked when
     * the checkpoint was written): the first row fed in must be at {@code from.seq()}.
     */
    static ChainWalk fromCheckpoint(AuditKeyring keys, List<Checkpoint> checkpoints, Checkpoint from) {
        ChainWalk walk = new ChainWalk(keys, checkpoints, false);
        walk.lastSeq = from.seq() - 1;
        walk.lastHash = null; // taken from the first row; its hash is then held to the checkpoint
        return walk;
    }

    boolean broken() {
        return problem != null;
    }

    /** Checks the next row; returns false once a problem is found. */
    boolean next(AuditRecord r) {
        if (problem != null) {
            return false;
        }
        if (r.getChainSeq() == null) {
            if (fromStart && lastSeq == 0) {
                unchained++; // written before the chain existed
                return true;
            }
            return fail(r.getId(), null, "Row " + r.getId() + " is not in the chain: it was inserted around the application.");
        }
        long seq = r.getChainSeq();
        if (seq != lastSeq + 1) {
            return fail(r.getId(), seq, seq > lastSeq + 1
                    ? "Chain position " + (lastSeq + 1) + (seq - lastSeq > 2 ? " to " + (seq - 1) : "")
                            + " missing before row " + r.getId() + ": deleted."
                    : "Row " + r.getId() + " repeats or reorders chain position " + seq + ": inserted.");
        }
        if (lastHash != null && !Objects.equals(r.getPrevHash(), lastHash)) {
            return fail(r.getId(), seq, "Row " + r.getId()
                    + " does not link to the row before it: rows were replaced or inserted.");
        }
        String expected;
        if (r.getKeyId() == null) {
            if (keyedSeen) {
                return fail(r.getId(), seq, "Row " + r.getId() + " carries no audit key although signed rows come"
                        + " before it: it was rewritten around the application.");
            }
            // Legacy rows come from before V140: a related object on one was added afterwards.
            expected = related(r) ? "" : AuditChain.hash(r.getPrevHash(), seq, r.getOccurredAt(), r.getUsername(),
                    r.getAgencyCode(), r.getOperation(), r.getObjectType(), r.getObjectId(), r.getDetail(),
                    r.getReason(), r.getClientAddress(), r.getChannel());
            legacy++;
        } else {
            Optional<AuditKeyring.Key> key = keys.find(r.getKeyId());
            if (key.isEmpty()) {
                return fail(r.getId(), seq, "Row " + r.getId() + " was signed with the audit key " + r.getKeyId()
                        + ", which this server does not hold: add it to " + AuditKeyring.KEYS_SETTING + " to check it.");
            }
            expected = AuditChain.keyed(key.get(), r.getPrevHash(), seq, r.getOccurredAt(), r.getUsername(),
                    r.getAgencyCode(), r.getOperation(), r.getObjectType(), r.getObjectId(), r.getRelatedType(),
                    r.getRelatedId(), r.getDetail(), r.getReason(), r.getClientAddress(), r.getChannel());
            if (!AuditChain.same(expected, r.getRowHash()) && !related(r)) {
                // Written before V140, signed without a related object, and it still has none.
                expected = AuditChain.keyed(key.get(), r.getPrevHash(), seq, r.getOccurredAt(), r.getUsername(),
                        r.getAgencyCode(), r.getOperation(), r.getObjectType(), r.getObjectId(), r.getDetail(),
                        r.getReason(), r.getClientAddress(), r.getChannel());
            }
            keyedSeen = true;
        }
        if (!AuditChain.same(expected, r.getRowHash())) {
            return fail(r.getId(), seq, "Row " + r.getId()
                    + " no longer matches its hash: it was changed after it was written.");
        }
        Checkpoint at = checkpoints.get(seq);
        if (at != null && !at.rowHash().equals(r.getRowHash())) {
            return fail(r.getId(), seq, "Row " + r.getId() + " is not the row that the checkpoint of " + at.at()
                    + " vouched for at chain position " + seq + ": the chain was rewritten after that checkpoint.");
        }
        checked++;
        lastSeq = seq;
        lastHash = r.getRowHash();
        return true;
    }

    /**
     * After the last row: the chain must reach the last checkpoint and end where the database's
     * head says ({@code headSeq} and {@code headHash}; null to skip).
     */
    void end(Long headSeq, String headHash) {
        if (problem != null) {
            return;
        }
        if (lastCheckpoint != null && lastSeq < lastCheckpoint.seq()) {
            fail(null, lastSeq + 1, "The chain ends at position " + lastSeq + " but the checkpoint of "
                    + lastCheckpoint.at() + " vouched for position " + lastCheckpoint.seq() + ": the last "
                    + (lastCheckpoint.seq() - lastSeq) + " deleted.");
            return;
        }
        if (headSeq != null && (lastSeq != headSeq || !Objects.equals(lastHash, headHash))) {
            fail(null, lastSeq + 1, lastSeq < headSeq
                    ? "The chain ends at position " + lastSeq + " but " + headSeq + " were written: the last "
                            + (headSeq - lastSeq) + " deleted."
                    : "The chain head does not match the last row: rows were added around the application.");
        }
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    Checkpoint lastCheckpoint() {
        return lastCheckpoint;
    }

    ChainReport report(Instant now) {
        return new ChainReport(now, problem == null, checked, unchained, legacy, checkpoints.size(),
                lastCheckpoint == null ? null : lastCheckpoint.at(), lastSeq, problem == null ? lastHash : null,
                brokenAtId, brokenAtSeq, problem);
    }

    /** Whether the row names a related object (a column V140 added; signed only on rows since). */
    private static boolean related(AuditRecord r) {
        return r.getRelatedType() != null || r.getRelatedId() != null;
    }

    private boolean fail(Long id, Long seq, String what) {
        brokenAtId = id;
        brokenAtSeq = seq;
        problem = what;
        return false;
    }
}
