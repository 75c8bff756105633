package org.eyesandears.shared.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * Answers a page's background (Faces AJAX) request with 401 when the session has ended, instead
 * of the redirect to the sign-in page that a page load gets.
 *
 * <p>A background request cannot follow that redirect: the Content-Security-Policy
 * ({@code connect-src 'self'}) blocks the sign-in page's address, so PrimeFaces was left waiting
 * and Send spun for ever. With a 401 the page's script ({@code resources/js/app.js}) tells the
 * user they were signed out, keeps what they typed and offers to sign in again (docs/security.md,
 * docs/referrals.md). Only requests marked {@code Faces-Request: partial/...} are touched; a Faces
 * AJAX answer never redirects with 3xx (it uses its own {@code <redirect>}), so any 3xx here is the
 * sign-in's or the session limit's ({@link SessionLimitFilter}). Runs ahead of security, like
 * {@code ApiChallengeExtension}; changes the answer as it is committed.
 */
public class SignedOutAjaxExtension implements ServletExtension {

    static final HttpString FACES_REQUEST = new HttpString("Faces-Request");
    static final HttpString SIGNED_OUT = new HttpString("X-Signed-Out");
    private static final String SESSION_COOKIE = "JSESSIONID";

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addInitialHandlerChainWrapper(SignedOut::new);
    }

    /** Whether an answer of this status to a Faces background request means "signed out". */
    static boolean signedOut(String facesRequest, int status) {
        return facesRequest != null && facesRequest.startsWith("partial/") && status >= 300 && status < 400;
    }

    private record SignedOut(HttpHandler next) implements HttpHandler {
        @SuppressWarnings("deprecation") // Undertow offers no other way to take back a cookie before commit
        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            String facesRequest = exchange.getRequestHeaders().getFirst(FACES_REQUEST);
            if (facesRequest != null) {
                exchange.addResponseCommitListener(committed -> {
                    if (signedOut(facesRequest, committed.getStatusCode())) {
                        // The sign-in kept this background POST in a new session to replay it after
                        // signing in, where it would show as a page of XML: the browser never gets
                        // that session, so signing in again starts from the page itself.
                        committed.getResponseCookies().remove(SESSION_COOKIE);
                        committed.setStatusCode(401);
                        committed.getResponseHeaders().remove(Headers.LOCATION);
                        committed.getResponseHeaders().put(SIGNED_OUT, "true");
                        committed.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
                    }
                });
            }
            next.handleRequest(exchange);
        }
    }
}
