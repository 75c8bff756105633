package org.eyesandears.shared.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * Puts the security headers on every response of the application, whoever wrote it: Faces pages,
 * the API, the 401 challenge, the OpenID Connect redirects, error pages and static resources.
 *
 * <p>It runs as the outermost Undertow handler and adds the headers when the response is
 * committed, so nothing that answers early (the security mechanism, {@code sendError}) escapes it.
 * A header already set is left alone: Faces pages carry PrimeFaces' nonce-based
 * Content-Security-Policy ({@code primefaces.CSP} in {@code web.xml}); every other response gets
 * {@link SecurityHeaders#FALLBACK_POLICY}, which allows nothing to run. Over TLS (directly, or
 * behind a proxy when {@code PROXY_ADDRESS_FORWARDING=true}) it adds HSTS and marks every cookie
 * {@code Secure}. The session cookie always gets {@code SameSite=Lax}. See docs/security.md.
 */
public class SecurityHeadersExtension implements ServletExtension {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        String contextPath = deploymentInfo.getContextPath() == null || "/".equals(deploymentInfo.getContextPath())
                ? "" : deploymentInfo.getContextPath();
        deploymentInfo.addInitialHandlerChainWrapper(next -> new Headers(next, contextPath));
    }

    private record Headers(HttpHandler next, String contextPath) implements HttpHandler {
        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            exchange.addResponseCommitListener(committed -> {
                String path = committed.getRequestPath().substring(
                        Math.min(contextPath.length(), committed.getRequestPath().length()));
                HeaderMap headers = committed.getResponseHeaders();
                SecurityHeaders.forResponse(path, committed.isSecure()).forEach((name, value) -> {
                    HttpString header = new HttpString(name);
                    if (!headers.contains(header)) {
                        headers.put(header, value);
                    }
                });
                for (Cookie cookie : committed.responseCookies()) {
                    if (committed.isSecure()) {
                        cookie.setSecure(true);
                    }
                    // web.xml's cookie-config SameSite does not reach the session cookie that
                    // Undertow sets when the OpenID Connect sign-in creates the session.
                    if (SESSION_COOKIE.equals(cookie.getName()) && cookie.getSameSiteMode() == null) {
                        cookie.setSameSiteMode("Lax");
                    }
                }
            });
            next.handleRequest(exchange);
        }
    }
}
