package org.eyesandears.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditRecord;

/**
 * Checks the audit trail and writes the checkpoints that anchor it outside the database
 * (ADR 0007, ADR 0018). {@link #check()} walks the whole chain in write order against the audit
 * keys and every checkpoint ({@link ChainWalk} has the rules) and reports the first problem: a row
 * whose content no longer matches its signature (changed), a gap (deleted), a row outside the chain
 * or out of place (inserted), a row that differs from what a checkpoint vouched for or a chain
 * shorter than the last checkpoint (rewritten by someone who owns the database); when all is well
 * it writes a new checkpoint of the chain's end. {@link #checkpoint()}, every ten minutes, checks
 * only the rows since the last checkpoint before writing the next one, so a checkpoint never
 * vouches for a chain that does not follow from the one before. Each runs in one transaction (one
 * consistent snapshot). Reports no personal data, so any caller may run it.
 */
@Stateless
@PermitAll
public class AuditChainVerifier {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditKeys keys;

    @Inject
    AuditCheckpoints checkpoints;

    /** Checks the whole chain; when it is intact, checkpoints its end. */
    public ChainReport check() {
        Instant now = clock.instant();
        List<Checkpoint> written;
        try {
            written = checkpoints.all();
        } catch (AuditCheckpoints.Unreadable e) {
            return ChainReport.broken(now, e.getMessage());
        }
        ChainWalk walk = ChainWalk.fromStart(keys.keyring(), written);
        // Every row by id, the unchained ones from before the chain began too.
        return walked(walk, "id", 0, AuditRecord::getId, now);
    }

    /**
     * Checks the rows written since the last checkpoint and, when they follow from it, checkpoints
     * the chain's new end. Without any checkpoint yet, checks the whole chain.
     */
    public ChainReport checkpoint() {
        Instant now = clock.instant();
        List<Checkpoint> written;
        try {
            written = checkpoints.all();
        } catch (AuditCheckpoints.Unreadable e) {
            return ChainReport.broken(now, e.getMessage());
        }
        Optional<Checkpoint> last = written.stream().reduce((a, b) -> b);
        if (last.isEmpty()) {
            return check();
        }
        ChainWalk walk = ChainWalk.fromCheckpoint(keys.keyring(), written, last.get());
        return walked(walk, "chainSeq", last.get().seq() - 1, AuditRecord::getChainSeq, now);
    }

    /**
     * Feeds the walk the rows after {@code after} in the order of {@code column} (id or chainSeq), a
     * page at a time, until it breaks or the rows end; then holds it to the chain head and reports.
     */
    private ChainReport walked(ChainWalk walk, String column, long after, ToLongFunction<AuditRecord> key,
                               Instant now) {
        Object[] head = head();
        long last = after;
        while (!walk.broken()) {
            List<AuditRecord> page = em.createQuery("select r from AuditRecord r where r." + column + " > :after"
                            + " order by r." + column, AuditRecord.class)
                    .setParameter("after", last)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord r : page) {
                last = key.applyAsLong(r);
                if (!walk.next(r)) {
                    break;
                }
            }
            em.clear();
        }
        walk.end(((Number) head[0]).longValue(), (String) head[1]);
        return checkpointed(walk, now);
    }

    private Object[] head() {
        return (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
    }

    /** The walk's report, after writing a checkpoint of the chain's end when it is intact and has moved on. */
    private ChainReport checkpointed(ChainWalk walk, Instant now) {
        ChainReport report = walk.report(now);
        Checkpoint previous = walk.lastCheckpoint();
        if (report.intact() && walk.lastSeq() > 0 && (previous == null || walk.lastSeq() > previous.seq())) {
            checkpoints.append(Checkpoint.sign(keys.keyring().current(), walk.lastSeq(), walk.lastHash(),
                    now.truncatedTo(ChronoUnit.MICROS)));
        }
        return report;
    }
}
