package org.eyesandears.shared.security;

import java.util.Set;

import org.eyesandears.shared.error.AccessDeniedException;

/**
 * Who is calling, as the identity provider vouches for it: username, display name, e-mail, agency
 * code (from the {@code agency} claim; null when the user is in no agency group) and roles.
 */
public record Caller(String username, String displayName, String email, String agencyCode,
                     Set<String> roles) {

    public Caller {
        // In the order given (Roles.ALL): profiles and /api/me list the main role first.
        roles = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(roles));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAgency() {
        return agencyCode != null && !agencyCode.isBlank();
    }

    /** Whether the explicit partnership role widens the caller's scope beyond one agency. */
    public boolean partnershipWide() {
        return hasRole(Roles.PARTNERSHIP);
    }

    /**
     * This caller, when they have a scope for agency-wide figures: an agency, or the partnership
     * role. A manager removed from their agency's group (no {@code agency} claim) is refused instead
     * of being taken for a partnership-wide one; callers then read "no agency" as "partnership".
     */
    public Caller withScope() {
        if (!hasAgency() && !partnershipWide()) {
            throw new AccessDeniedException("You belong to no agency and have no partnership-wide role.");
        }
        return this;
    }
}
