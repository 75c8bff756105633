package org.eyesandears.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keycloak's back-channel logouts, kept for every node of a cluster (ADR 0039): the node Keycloak's
 * logout reached records it; each node asks, for the signed-in sessions it serves, whether their
 * Keycloak session (or their user, signed in before the logout) was logged out.
 */
@Stateless
@PermitAll
public class SessionLogouts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records the logout of a Keycloak session ({@code sid}), or of all of a user's sessions (no sid). */
    public void record(String sid, String subject) {
        em.createNativeQuery("INSERT INTO session_logout (sid, subject, ended_at) VALUES (?, ?, ?)")
                .setParameter(1, sid)
                .setParameter(2, subject)
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Whether a session of Keycloak session {@code sid} and user {@code subject}, signed in at {@code since}, was logged out. */
    public boolean ended(String sid, String subject, Instant since) {
        return !em.createNativeQuery("SELECT 1 FROM session_logout WHERE (sid IS NOT NULL AND sid = ?)"
                        + " OR (sid IS NULL AND subject = ? AND ended_at >= ?) LIMIT 1")
                .setParameter(1, sid)
                .setParameter(2, subject)
                .setParameter(3, Timestamp.from(since))
                .getResultList().isEmpty();
    }
}
