package org.eyesandears.shared.web;

import java.io.IOException;
import java.time.Instant;

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

import org.eyesandears.shared.security.SessionLogouts;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Registers each signed-in page session with {@link SignedInSessions} under the Keycloak session
 * it came from, and forgets it when it ends, so {@link BackChannelLogoutServlet} can end it.
 * API calls carry a bearer token and keep no session: they are not registered.
 *
 * <p>In a cluster (ADR 0039) a session moves between nodes: each node registers it when it first
 * serves it, and every few seconds asks {@link SessionLogouts} whether Keycloak logged it out through
 * another node; if so it ends the session here and sends the browser to the same address again,
 * where it finds itself signed out.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class SignedInSessionFilter extends HttpFilter implements HttpSessionListener {

    private static final long serialVersionUID = 1L;
    /** Registered on this node: each node of a cluster registers the sessions it serves. */
    private static final String REGISTERED = SignedInSessionFilter.class.getName() + ".registered@"
            + System.getProperty("jboss.node.name", "node");
    private static final String SID = SignedInSessionFilter.class.getName() + ".sid";
    private static final String SUBJECT = SignedInSessionFilter.class.getName() + ".subject";

    @Inject
    transient SignedInSessions sessions;

    @Inject
    transient SessionLogouts logouts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SUBJECT) instanceof String subject
                && sessions.dueForLogoutCheck(session.getId())
                && logouts.ended((String) session.getAttribute(SID), subject,
                        Instant.ofEpochMilli(session.getCreationTime()))) {
            sessions.forget(session);
            session.invalidate();
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
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
                String sid = context.getIDToken().getClaimValueAsString("sid");
                sessions.remember(session, sid, context.getIDToken().getSubject(), provider);
                session.setAttribute(REGISTERED, Boolean.TRUE);
                session.setAttribute(SID, sid);
                session.setAttribute(SUBJECT, context.getIDToken().getSubject());
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.forget(event.getSession());
    }
}
