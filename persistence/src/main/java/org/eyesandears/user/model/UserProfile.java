package org.eyesandears.user.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The application's own record of a person who has signed in. The identity provider stays the
 * source of truth for credentials, roles and agency; this row is refreshed from the token at each
 * sign-in so that referrals, feedback and audit records can name people who have since left.
 */
@Entity
@Table(name = "user_profile")
@NamedQuery(name = "UserProfile.findByUsername",
        query = "select u from UserProfile u where u.username = :username")
public class UserProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    /** Agency code from the token; null while the user belongs to no agency group. */
    @Column(name = "agency_code", length = 40)
    private String agencyCode;

    /** The roles the last sign-in carried, comma-separated (to find an agency's desks). */
    @Column(length = 200)
    private String roles;

    /** When Keycloak told us the user was disabled (back-channel notice); cleared when they sign in again. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "first_login_at", nullable = false)
    private Instant firstLoginAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected UserProfile() {
        // for JPA
    }

    public UserProfile(String username, Instant now) {
        this.username = username;
        this.firstLoginAt = now;
        this.lastLoginAt = now;
    }

    /** Takes the identity provider's current view of this user. */
    public void refresh(String displayName, String email, String agencyCode, String roles, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.agencyCode = agencyCode;
        this.roles = roles;
        this.lastLoginAt = now;
        this.disabledAt = null;
    }

    /** Keycloak disabled this user: shown to administrators until the user signs in again. */
    public void markDisabled(Instant when) {
        this.disabledAt = when;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getRoles() {
        return roles;
    }

    /** Whether the last sign-in carried exactly this role (not merely a role whose name contains it). */
    public boolean hasRole(String role) {
        return roles != null && java.util.Arrays.stream(roles.split(",")).map(String::strip).anyMatch(role::equals);
    }

    public Instant getFirstLoginAt() {
        return firstLoginAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
