package org.eyesandears.audit.service;

import java.time.Clock;

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
 * audit record commit or roll back together. Records carry ids, never personal data.
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
            address = context.clientAddress();
            channel = context.channel();
        } catch (ContextNotActiveException e) {
            // A timer or other background work: no request, so no client address.
        }
        em.persist(new AuditRecord(clock.instant(), caller.username(), caller.agencyCode(), operation,
                objectType, objectId, detail, reason, address, channel));
    }
}
