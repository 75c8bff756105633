package org.eyesandears.shared.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Registers each signed-in page session with {@link SignedInSessions} under the Keycloak session
 * it came from, and forgets it when it ends, so {@link BackChannelLogoutServlet} can end it.
 * API calls carry a bearer token and keep no session: they are not registered.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class SignedInSessionFilter extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    private static final String REGISTERED = SignedInSessionFilter.class.getName() + ".registered";

    @Inject
    transient SignedInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(REGISTERED) == null
                && request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
            OidcSecurityContext context = principal.getOidcSecurityContext();
            if (context != null && context.getIDToken() != null) {
                SignedInSessions.Provider provider = null;
                if (context instanceof RefreshableOidcSecurityContext refreshable
                        && refreshable.getOidcClientConfiguration() != null) {
                    OidcClientConfiguration configuration = refreshable.getOidcClientConfiguration();
                    provider = new SignedInSessions.Provider(configuration.getIssuerUrl(),
                            configuration.getJwksUrl(), configuration.getResourceName());
                }
                sessions.remember(session, context.getIDToken().getClaimValueAsString("sid"),
                        context.getIDToken().getSubject(), provider);
                session.setAttribute(REGISTERED, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.forget(event.getSession());
    }
}
