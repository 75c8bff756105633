package org.eyesandears.user.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A local user profile as administrators see it: the roles and agency their last sign-in carried,
 * and when Keycloak said they were disabled (null while they are not, or once they sign in again).
 */
public record UserSummary(String username, String displayName, String agency,
                          Instant firstLoginAt, Instant lastLoginAt, List<String> roles, Instant disabledAt) implements Serializable {

    /** Whether Keycloak has disabled the user since their last sign-in. */
    public boolean disabled() {
        return disabledAt != null;
    }
}
