package org.eyesandears.shared.security;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Resolves the {@link Caller} of the current request from the security identity that WildFly
 * established from the Keycloak token (browser session or bearer token). Services call it rather
 * than trusting any user or agency passed in by the web layer.
 */
@Stateless
@PermitAll
public class CurrentCaller {

    /** Token claim carrying the agency code, mapped from the agency group's attribute. */
    static final String AGENCY_CLAIM = "agency";

    /** Token claim carrying the user's team, mapped from the team group's attribute (ADR 0013). */
    static final String TEAM_CLAIM = "team";

    @Resource
    SessionContext context;

    /** The caller's team inside their agency, from the token; null when they are in no team. */
    public String team() {
        if (context.getCallerPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return blankToNull(oidc.getOidcSecurityContext().getToken().getClaimValueAsString(TEAM_CLAIM));
        }
        return null;
    }

    public Caller get() {
        Principal principal = context.getCallerPrincipal();
        Set<String> roles = new LinkedHashSet<>();
        for (String role : Roles.ALL) {
            if (context.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            return new Caller(principal.getName(), displayName(token, principal.getName()),
                    token.getEmail(), blankToNull(token.getClaimValueAsString(AGENCY_CLAIM)), roles);
        }
        return new Caller(principal.getName(), principal.getName(), null, null, roles);
    }

    private static String displayName(AccessToken token, String fallback) {
        String name = token.getName();
        return name == null || name.isBlank() ? fallback : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
