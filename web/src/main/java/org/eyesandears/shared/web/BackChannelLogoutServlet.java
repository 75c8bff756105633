package org.eyesandears.shared.web;

import java.io.IOException;
import java.lang.System.Logger.Level;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.shared.security.SessionLogouts;
import org.eyesandears.visit.service.CalendarFeedService;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Keycloak's back-channel logout: when a user signs out elsewhere, or an administrator signs them
 * out (or disables them and ends their sessions), Keycloak posts a signed logout token here and the
 * user's sessions in this application end at once, not when they next time out.
 *
 * <p>Public (Keycloak calls it server to server, without a user), so everything rests on the
 * token's signature, checked against the provider's published keys ({@link LogoutTokens}).
 * Register it as the client's "Backchannel logout URL" ({@code <APP_URL>/public/backchannel-logout},
 * "session required" on).
 *
 * <p>When the token is our Keycloak listener's "user disabled" notice (ADR 0021), the user's
 * calendar-feed address is revoked too: feeds work without a session, so ending sessions alone
 * would leave it open.
 */
@WebServlet("/public/backchannel-logout")
public class BackChannelLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    transient SignedInSessions sessions;

    @Inject
    transient CalendarFeedService feeds;

    @Inject
    transient SessionLogouts logouts;

    @Inject
    transient org.eyesandears.user.service.UserService users;

    private record Checker(SignedInSessions.Provider provider, LogoutTokens tokens) {
    }

    private transient volatile Checker checker;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Before anyone has signed in since the server started, the configured provider: a "user
        // disabled" notice must still be checked and acted on.
        SignedInSessions.Provider provider = sessions.provider();
        try {
            LogoutTokens.Logout logout = tokens(provider).check(request.getParameter("logout_token"));
            int ended = sessions.end(logout.sid(), logout.subject());
            // Other nodes of a cluster end theirs at their next request (ADR 0039).
            logouts.record(logout.sid(), logout.subject());
            LOG.log(Level.INFO, "Back-channel logout of Keycloak session {0} (user {1}): {2} session(s) ended",
                    logout.sid(), logout.subject(), ended);
            if (logout.disabledUsername() != null) {
                boolean revoked = feeds.revokeForDisabledUser(logout.disabledUsername());
                users.markDisabled(logout.disabledUsername());
                LOG.log(Level.INFO, "Keycloak disabled user {0}: calendar feed {1}", logout.disabledUsername(),
                        revoked ? "revoked" : "none working");
            }
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (LogoutTokens.InvalidLogoutToken e) {
            LOG.log(Level.WARNING, "Refused a back-channel logout from {0}: {1}", request.getRemoteAddr(),
                    e.getMessage());
            response.setContentType("application/json");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("{\"error\":\"invalid_request\"}");
        }
    }

    private LogoutTokens tokens(SignedInSessions.Provider provider) {
        Checker current = checker;
        if (current == null || !current.provider().equals(provider)) {
            current = new Checker(provider, new LogoutTokens(provider.issuer(), provider.clientId(),
                    new HttpsJwksVerificationKeyResolver(new HttpsJwks(provider.jwksUrl()))));
            checker = current;
        }
        return current.tokens();
    }
}
