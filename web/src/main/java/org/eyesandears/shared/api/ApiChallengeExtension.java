package org.eyesandears.shared.api;

import java.nio.charset.StandardCharsets;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

/**
 * Answers API calls that carry no bearer token with 401 and a {@code WWW-Authenticate: Bearer}
 * challenge, before the OpenID Connect mechanism would redirect them to the login page.
 *
 * <p>The web pages and the API share one deployment, so the OIDC mechanism serves both; for a
 * browser a redirect to Keycloak is right, for a script it is not. Calls with a token still go
 * through the mechanism, which rejects bad tokens with 401; {@link UnauthorizedServlet} turns that
 * refusal into the same JSON error. Registered through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}, it runs ahead of security.
 */
public class ApiChallengeExtension implements ServletExtension {

    static final String API_PREFIX = "/api/";
    private static final String BODY = body("unauthorized", "A bearer token from the eyesandears realm is required.");

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        String apiPath = normalise(deploymentInfo.getContextPath()) + API_PREFIX;
        deploymentInfo.addInitialHandlerChainWrapper(next -> new Challenge(next, apiPath));
    }

    /** A 401 {@link ApiError} as JSON, written before JAX-RS runs (plain text: no quotes or backslashes). */
    static String body(String error, String message) {
        return "{\"status\":401,\"error\":\"" + error + "\",\"message\":\"" + message + "\",\"fields\":[]}";
    }

    static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
    }

    private static String normalise(String contextPath) {
        return contextPath == null || contextPath.equals("/") ? "" : contextPath;
    }

    private record Challenge(HttpHandler next, String apiPath) implements HttpHandler {
        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (exchange.getRequestPath().startsWith(apiPath)
                    && !hasBearerToken(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
                exchange.setStatusCode(401);
                exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE,
                        "Bearer realm=\"eyesandears\"");
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                exchange.getResponseHeaders().put(new HttpString("Cache-Control"), "no-store");
                exchange.getResponseSender().send(BODY, StandardCharsets.UTF_8);
                return;
            }
            next.handleRequest(exchange);
        }
    }
}
