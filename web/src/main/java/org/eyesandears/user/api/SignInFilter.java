package org.eyesandears.user.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.eyesandears.shared.security.Roles;
import org.eyesandears.user.service.UserService;

/**
 * Records API callers as signed in, as the pages do at the start of a session, so that people who
 * only use the API also have a profile (name, agency, e-mail for notifications). The service writes
 * at most hourly per user unless something changed.
 */
@Provider
public class SignInFilter implements ContainerRequestFilter {

    @Inject
    UserService userService;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() != null && Roles.ALL.stream().anyMatch(security::isUserInRole)) {
            userService.signIn();
        }
    }
}
