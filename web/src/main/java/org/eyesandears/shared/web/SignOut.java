package org.eyesandears.shared.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Signs the user out of the application and of Keycloak (OpenID Connect RP-initiated logout), so
 * that the next person at a shared computer cannot walk back in through the identity provider's
 * still-open session. Only ever called from a POST that carries the page's Faces view state
 * ({@link SignOutView}), so another site cannot sign a user out.
 */
final class SignOut {

    private SignOut() {
    }

    static void perform(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String endSession = null;
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context
                && context.getOidcClientConfiguration() != null) {
            String signedOut = baseUrl(request) + "/public/signed-out.xhtml";
            endSession = context.getOidcClientConfiguration().getLogoutUrl()
                    + "?id_token_hint=" + encode(context.getIDTokenString())
                    + "&post_logout_redirect_uri=" + encode(signedOut);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.setHeader("Cache-Control", "no-store");
        // 303: the browser follows a POST's redirect with a GET.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", endSession != null ? endSession
                : request.getContextPath() + "/public/signed-out.xhtml");
    }

    private static String baseUrl(HttpServletRequest request) {
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443)
                ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
