package org.eyesandears.keycloak;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * When an administrator disables a user, ends all of that user's sessions at once, exactly as the
 * admin console's "Sign out" does: tokens issued before now stop being valid ("not before") and every
 * session is ended with back-channel logout, so the application ends its page sessions too.
 * Keycloak itself leaves a disabled user's sessions open (keycloak#37981). See ADR 0015.
 */
public final class DisabledUserLogout implements EventListenerProvider {

    static final String ID = "eyesandears-disabled-user-logout";

    private static final Logger LOG = Logger.getLogger(DisabledUserLogout.class);
    private static final Pattern USER = Pattern.compile("users/([^/]+)");

    private final KeycloakSession session;

    DisabledUserLogout(KeycloakSession session) {
        this.session = session;
    }

    /** The user an admin event may have disabled: an update of the user itself (not its groups, roles...). */
    static Optional<String> updatedUser(ResourceType resource, OperationType operation, String path) {
        if (resource != ResourceType.USER || operation != OperationType.UPDATE || path == null) {
            return Optional.empty();
        }
        Matcher user = USER.matcher(path);
        return user.matches() ? Optional.of(user.group(1)) : Optional.empty();
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getError() != null) {
            return;
        }
        updatedUser(event.getResourceType(), event.getOperationType(), event.getResourcePath())
                .ifPresent(userId -> endSessionsIfDisabled(event.getRealmId(), userId));
    }

    private void endSessionsIfDisabled(String realmId, String userId) {
        RealmModel realm = session.realms().getRealm(realmId);
        UserModel user = realm == null ? null : session.users().getUserById(realm, userId);
        if (user == null || user.isEnabled()) {
            return;
        }
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        KeycloakContext context = session.getContext();
        // Collected first: back-channel logout removes the sessions while we go through them.
        List<UserSessionModel> sessions = session.sessions().getUserSessionsStream(realm, user).toList();
        for (UserSessionModel userSession : sessions) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, context.getUri(),
                    context.getConnection(), context.getRequestHeaders(), true);
        }
        LOG.infof("User %s of realm %s was disabled: ended %d session(s) with back-channel logout.",
                user.getUsername(), realm.getName(), sessions.size());
    }

    @Override
    public void onEvent(Event event) {
        // Only administrators' changes matter here.
    }

    @Override
    public void close() {
    }
}
