package org.eyesandears.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.model.AuditRecord;
import org.eyesandears.shared.metrics.OperationsMetrics;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;

/**
 * Writes the audit trail. Services call it inside their own transaction, so an operation and its
 * audit record commit or roll back together; a refusal is recorded in a transaction of its own
 * ({@link #recordRefusal}), which the refused request's rollback cannot undo. Records carry ids
 * and codes, never personal data or free text: a reason a user types stays with the object it
 * explains (a routing event, the visit, the referral), where erasure reaches it, and the record
 * names that object. Each record is chained to the previous one by an HMAC-SHA-256 under the
 * current audit key ({@link AuditChain}, {@link AuditKeys}); writers take turns on the chain head's
 * lock, and a trigger, not the application, moves the head (ADR 0018).
 */
@Stateless
@PermitAll
public class AuditService {

    static final String JOB = "JOB";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OperationsMetrics metrics;

    @Inject
    AuditContext context;

    @Inject
    Clock clock;

    @Inject
    AuditKeys keys;

    @PersistenceContext
    EntityManager em;

    /**
     * The detail an attachment's download is recorded with, naming its referral: the auditor's "who
     * has seen" finds downloads by it.
     */
    public static String attachmentDetail(String reference) {
        return "of referral " + reference;
    }

    /** The longest detail or reason a record keeps (the columns' size); longer ones are cut, marked. */
    static final int TEXT_LIMIT = 500;

    /** Records an operation on an object of the vocabulary ({@link AuditObject}). */
    public void record(AuditOperation operation, AuditObject objectType, String objectId, String detail,
                       String reason) {
        write(operation, objectType.stored(), objectId, null, null, detail, reason);
    }

    /**
     * Records an operation on an object that belongs to another ({@code related}, e.g. an
     * attachment's referral), so the auditor finds it by that object too.
     */
    public void record(AuditOperation operation, AuditObject objectType, String objectId, AuditObject relatedType,
                       String relatedId, String detail, String reason) {
        write(operation, objectType.stored(), objectId, relatedType.stored(), relatedId, detail, reason);
    }

    private void write(AuditOperation operation, String objectType, String objectId, String relatedType,
                       String relatedId, String detail, String reason) {
        detail = fit(detail);
        reason = fit(reason);
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
                objectType, objectId, relatedType, relatedId, detail, reason, address, channel);
        // Lock the chain head: concurrent transactions extend the chain one after another, each
        // seeing the head the previous one committed (a locking read sees the latest commit). The
        // lock is held until this transaction ends. The application may only read the head: the
        // trigger audit_chain_head_follows moves it to the row inserted below (V110).
        Object[] head = (Object[]) em.createNativeQuery(
                        "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String previous = (String) head[1];
        AuditKeyring.Key key = keys.keyring().current();
        record.chain(seq, previous, AuditChain.keyed(key, previous, seq, now, caller.username(), caller.agencyCode(),
                operation, objectType, objectId, relatedType, relatedId, detail, reason, address, channel), key.id());
        em.persist(record);
        metrics.auditAppended(operation.name());
    }

    /**
     * Records that a signed-in caller was refused something ({@link AuditOperation#ACCESS_DENIED}):
     * what they asked for (object type and id, from the address) and the answer, in a transaction of
     * its own, so the refused request's rollback does not take the record with it. The object type
     * is the vocabulary's name where the address names a known kind of object, else what the address
     * said (an unknown collection, "page ..."): a probe need not ask for anything that exists.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String objectType, String objectId, String detail) {
        write(AuditOperation.ACCESS_DENIED, cut(objectType), cut(objectId), null, null, detail, null);
    }

    /** Object types and ids fit their 40-character columns. */
    static String cut(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * Records the consultation of a list: the kind of object listed, the list's name as the object
     * id (e.g. routings in the "inbox"), and how many were shown with their ids, as many as fit.
     */
    public void recordList(AuditObject objectType, String listName, List<?> ids, String description) {
        record(AuditOperation.CONSULTATION, objectType, listName, listDetail(description, ids), null);
    }

    /** "description: N listed (id, id, ... and K more)", within {@link #TEXT_LIMIT}. */
    static String listDetail(String description, List<?> ids) {
        StringBuilder detail = new StringBuilder(description).append(": ").append(ids.size()).append(" listed");
        String separator = " (";
        int shown = 0;
        for (Object id : ids) {
            String next = separator + id;
            // Leave room for the closing bracket and the "and N more" note.
            if (detail.length() + next.length() > TEXT_LIMIT - 20) {
                break;
            }
            detail.append(next);
            separator = ", ";
            shown++;
        }
        if (shown > 0) {
            detail.append(shown < ids.size() ? " and " + (ids.size() - shown) + " more)" : ")");
        }
        return detail.toString();
    }

    static String fit(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 3) + "...";
    }
}
