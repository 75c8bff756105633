package org.eyesandears.user.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in user as the application sees them: identity and roles from the token, agency
 * resolved to its name, and when they first signed in here.
 */
public record Me(String username, String displayName, String email, String agency,
                 String agencyName, List<String> roles, Instant firstLoginAt) implements Serializable {
}
