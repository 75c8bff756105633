package org.eyesandears.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.LogoutToken;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * When an administrator disables a user, ends all of that user's sessions at once, exactly as the
 * admin console's "Sign out" does: tokens issued before now stop being valid ("not before") and every
 * session is ended with back-channel logout, so the application ends its page sessions too.
 * Keycloak itself leaves a disabled user's sessions open (keycloak#37981). See ADR 0015.
 *
 * <p>Then tells every client with a back-channel logout URL that the user was disabled, even when
 * they had no session: a signed logout token naming the user ({@code sub}, no {@code sid}) whose
 * {@code events} also carry {@value #USER_DISABLED}, and whose {@code preferred_username} names them.
 * The application revokes the user's calendar-feed address on it, which works without any session
 * (ADR 0021).
 */
public final class DisabledUserLogout implements EventListenerProvider {

    static final String ID = "eyesandears-disabled-user-logout";

    /** The extra event of the notice, beside the back-channel logout event the token must carry. */
    static final String USER_DISABLED = "urn:eyesandears:event:user-disabled";

    static final String BACKCHANNEL_LOGOUT = "http://schemas.openid.net/event/backchannel-logout";

    private static final Logger LOG = Logger.getLogger(DisabledUserLogout.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
        realm.getClientsStream().filter(c -> notBlank(c.getAttribute("backchannel.logout.url"))).toList()
                .forEach(client -> tellDisabled(realm, client, user));
    }

    /** Posts the signed "user disabled" notice to the client's back-channel logout URL. */
    private void tellDisabled(RealmModel realm, ClientModel client, UserModel user) {
        KeycloakContext context = session.getContext();
        RealmModel previousRealm = context.getRealm();
        ClientModel previousClient = context.getClient();
        String url = client.getAttribute("backchannel.logout.url");
        try {
            // Signed with the realm's keys, as for any token the client receives from it.
            context.setRealm(realm);
            context.setClient(client);
            String notice = session.tokens().encode(notice(Urls.realmIssuer(context.getUri().getBaseUri(),
                    realm.getName()), client.getClientId(), user.getId(), user.getUsername()));
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                                    + URLEncoder.encode(notice, StandardCharsets.UTF_8)))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.infof("Told client %s that user %s was disabled: HTTP %d.", client.getClientId(), user.getUsername(),
                    status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("Interrupted while telling client %s that user %s was disabled.", client.getClientId(),
                    user.getUsername());
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not tell client %s at %s that user %s was disabled.", client.getClientId(), url,
                    user.getUsername());
        } finally {
            context.setRealm(previousRealm);
            context.setClient(previousClient);
        }
    }

    /** The notice: a back-channel logout token for all the user's sessions, marked "user disabled". */
    static LogoutToken notice(String issuer, String clientId, String userId, String username) {
        LogoutToken token = new LogoutToken();
        token.id(UUID.randomUUID().toString());
        token.issuedNow();
        token.exp(token.getIat() + 120);
        token.issuer(issuer);
        token.addAudience(clientId);
        token.subject(userId);
        token.putEvents(BACKCHANNEL_LOGOUT, Map.of());
        token.putEvents(USER_DISABLED, Map.of());
        token.setOtherClaims("preferred_username", username);
        return token;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public void onEvent(Event event) {
        // Only administrators' changes matter here.
    }

    @Override
    public void close() {
    }
}
