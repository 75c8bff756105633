package org.eyesandears.audit.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditRecord;

/**
 * Walks the audit trail in write order and reports the first link of the hash chain that is
 * broken: a row whose content no longer matches its hash (changed), a gap in the chain positions
 * (deleted), a row outside the chain or out of place (inserted), or a chain that ends before the
 * head says it should (deleted at the end). Reads one consistent snapshot (one transaction).
 * Reports no personal data, so any caller may run it; the auditor's button and the nightly job
 * call it.
 */
@Stateless
@PermitAll
public class AuditChainVerifier {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ChainReport check() {
        var now = clock.instant();
        Object[] head = (Object[]) em.createNativeQuery(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").getSingleResult();
        long headSeq = ((Number) head[0]).longValue();
        String headHash = (String) head[1];

        long checked = 0;
        long unchained = 0;
        long lastSeq = 0;
        String lastHash = AuditChain.GENESIS;
        long after = 0;
        while (true) {
            List<AuditRecord> page = em.createQuery(
                            "select r from AuditRecord r where r.id > :after order by r.id", AuditRecord.class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecord r : page) {
                after = r.getId();
                if (r.getChainSeq() == null) {
                    if (lastSeq == 0) {
                        unchained++; // written before the chain existed
                        continue;
                    }
                    return ChainReport.broken(now, checked, unchained, r.getId(), null,
                            "Row " + r.getId() + " is not in the chain: it was inserted around the application.");
                }
                long seq = r.getChainSeq();
                if (seq != lastSeq + 1) {
                    return ChainReport.broken(now, checked, unchained, r.getId(), seq, seq > lastSeq + 1
                            ? "Chain position " + (lastSeq + 1) + (seq - lastSeq > 2 ? " to " + (seq - 1) : "")
                                    + " missing before row " + r.getId() + ": deleted."
                            : "Row " + r.getId() + " repeats or reorders chain position " + seq + ": inserted.");
                }
                if (!Objects.equals(r.getPrevHash(), lastHash)) {
                    return ChainReport.broken(now, checked, unchained, r.getId(), seq, "Row " + r.getId()
                            + " does not link to the row before it: rows were replaced or inserted.");
                }
                String expected = AuditChain.hash(r.getPrevHash(), seq, r.getOccurredAt(), r.getUsername(),
                        r.getAgencyCode(), r.getOperation(), r.getObjectType(), r.getObjectId(), r.getDetail(),
                        r.getReason(), r.getClientAddress(), r.getChannel());
                if (!expected.equals(r.getRowHash())) {
                    return ChainReport.broken(now, checked, unchained, r.getId(), seq, "Row " + r.getId()
                            + " no longer matches its hash: it was changed after it was written.");
                }
                checked++;
                lastSeq = seq;
                lastHash = r.getRowHash();
            }
            em.clear();
        }
        if (lastSeq != headSeq || !lastHash.equals(headHash)) {
            return ChainReport.broken(now, checked, unchained, null, lastSeq + 1, lastSeq < headSeq
                    ? "The chain ends at position " + lastSeq + " but " + headSeq + " were written: the last "
                            + (headSeq - lastSeq) + " deleted."
                    : "The chain head does not match the last row: rows were added around the application.");
        }
        return ChainReport.intact(now, checked, unchained);
    }
}
