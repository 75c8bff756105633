package org.eyesandears.shared.security;

import java.util.Set;

/**
 * Who is calling, as the identity provider vouches for it: username, display name, e-mail, agency
 * code (from the {@code agency} claim; null when the user is in no agency group) and roles.
 */
public record Caller(String username, String displayName, String email, String agencyCode,
                     Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAgency() {
        return agencyCode != null && !agencyCode.isBlank();
    }
}
