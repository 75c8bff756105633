package org.eyesandears.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.model.AuditRecord;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;

/**
 * Writes the audit trail. Services call it inside their own transaction, so an operation and its
 * audit record commit or roll back together. Records carry ids, never personal data. Each record
 * is chained to the previous one by a SHA-256 hash ({@link AuditChain}); writers take turns on the
 * one-row chain head.
 */
@Stateless
@PermitAll
public class AuditService {

    static final String JOB = "JOB";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditContext context;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public void record(AuditOperation operation, String objectType, String objectId, String detail,
                       String reason) {
        Caller caller = currentCaller.get();
        String address = null;
        String channel = JOB;
        try {
            if (context.channel() != null) {
                address = context.clientAddress();
                channel = context.channel();
            }
        } catch (ContextNotActiveException e) {
            // Background work without even a request context: no client address either.
        }
        // The database keeps microseconds; hash exactly what it will keep.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecord record = new AuditRecord(now, caller.username(), caller.agencyCode(), operation,
                objectType, objectId, detail, reason, address, channel);
        // Lock the chain head: concurrent transactions extend the chain one after another, each
        // seeing the head the previous one committed. The lock is held until this transaction ends.
        Object[] head = (Object[]) em.createNativeQuery(
                        "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String previous = (String) head[1];
        record.chain(seq, previous, AuditChain.hash(previous, seq, now, caller.username(), caller.agencyCode(),
                operation, objectType, objectId, detail, reason, address, channel));
        em.persist(record);
        em.createNativeQuery("UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, seq)
                .setParameter(2, record.getRowHash())
                .executeUpdate();
    }
}
