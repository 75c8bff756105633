package org.eyesandears.shared.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

import org.eyesandears.shared.config.Settings;

/**
 * The open sessions of signed-in users, by the Keycloak session ({@code sid}) and user
 * ({@code sub}) they came from, so that a back-channel logout from Keycloak ends them at once.
 *
 * <p>Also remembers where the identity provider publishes its keys, learnt from the first
 * signed-in session, to check logout tokens against. Sessions registered here are those this node
 * served; logouts that reached another node of a cluster come through {@code SessionLogouts}
 * (ADR 0039).
 */
@ApplicationScoped
public class SignedInSessions {

    /** Who issues tokens for the application, its signing keys, and the application's client id. */
    public record Provider(String issuer, String jwksUrl, String clientId) {
    }

    private record Entry(String sid, String subject, HttpSession session) {
    }

    /** How often a node asks whether a session it serves was logged out through another node. */
    static final long LOGOUT_CHECK_MILLIS = 3000;

    @Inject
    Clock clock;

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Map<String, Long> lastLogoutCheck = new ConcurrentHashMap<>();
    private volatile Provider provider;

    /** Records a session of a signed-in user (idempotent). */
    public void remember(HttpSession session, String sid, String subject, Provider from) {
        sessions.putIfAbsent(session.getId(), new Entry(sid, subject, session));
        if (provider == null && from != null) {
            provider = from;
        }
    }

    public void forget(HttpSession session) {
        sessions.remove(session.getId());
        lastLogoutCheck.remove(session.getId());
    }

    /**
     * Whether a signed-in session is due to be checked against the cluster's logouts
     * ({@code SessionLogouts}): at most every {@link #LOGOUT_CHECK_MILLIS} per session and node.
     */
    public boolean dueForLogoutCheck(String sessionId) {
        long now = clock.millis();
        Long last = lastLogoutCheck.get(sessionId);
        if (last != null && now - last < LOGOUT_CHECK_MILLIS) {
            return false;
        }
        lastLogoutCheck.put(sessionId, now);
        return true;
    }

    /**
     * The provider learnt from the first signed-in session, or before then the configured one
     * ({@code OIDC_PROVIDER_URL}, as oidc.json reads it, with Keycloak's key address).
     */
    public Provider provider() {
        Provider learnt = provider;
        if (learnt != null) {
            return learnt;
        }
        String issuer = Settings.get("OIDC_PROVIDER_URL");
        issuer = issuer == null ? "http://localhost:8180/realms/eyesandears" : issuer.replaceAll("/+$", "");
        return new Provider(issuer, issuer + "/protocol/openid-connect/certs", "eyesandears-web");
    }

    /**
     * Ends every session of the Keycloak session {@code sid}, or, when no sid is given, every
     * session of the user {@code subject}. Returns how many were ended.
     */
    public int end(String sid, String subject) {
        int ended = 0;
        for (Entry entry : sessions.values()) {
            boolean matches = sid != null ? sid.equals(entry.sid()) : subject != null && subject.equals(entry.subject());
            if (matches) {
                sessions.remove(entry.session().getId());
                try {
                    entry.session().invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // expired meanwhile: nothing left to end
                }
            }
        }
        return ended;
    }
}
