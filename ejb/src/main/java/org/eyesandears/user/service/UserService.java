package org.eyesandears.user.service;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyNames;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.user.model.UserProfile;
import org.eyesandears.user.repository.UserProfileRepository;

/**
 * The signed-in user's own profile, and the list of profiles for administrators.
 *
 * <p>The first call for a user creates their local profile; later calls refresh it from the token
 * when the name, e-mail or agency changed, or at most hourly otherwise, so that a busy API client
 * does not write on every request.
 */
@Stateless
public class UserService {

    private static final Duration LAST_LOGIN_PRECISION = Duration.ofHours(1);

    @Inject
    CurrentCaller currentCaller;

    /** This bean through its container, so {@link #recordSignIn()} gets its own transaction. */
    @Inject
    UserService self;

    @Inject
    UserProfileRepository profiles;

    @Inject
    AgencyNames agencies;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A user's display name, as their profile last had it from sign-in; empty if none is known. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
            Roles.ADMIN, Roles.AUDITOR})
    public java.util.Optional<String> displayName(String username) {
        return em.createQuery("select p.displayName from UserProfile p where p.username = :username", String.class)
                .setParameter("username", username)
                .getResultStream().filter(n -> n != null && !n.isBlank()).findFirst();
    }

    /**
     * Records that the caller is here (creating their profile at first login) and describes them.
     *
     * <p>A user's first requests often come together (two tabs, a page and its scripts, a phone and
     * a laptop): both may create or refresh the same profile, and the later commit then fails on the
     * unique username or the profile's version. That request is not refused: the profile it wanted
     * to write is there, so it records the sign-in once more, which finds it fresh and writes nothing.
     */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
            Roles.ADMIN, Roles.AUDITOR})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Me signIn() {
        try {
            return self.recordSignIn();
        } catch (EJBException e) {
            if (!writtenMeanwhile(e)) {
                throw e;
            }
            return self.recordSignIn();
        }
    }

    /** {@link #signIn()}'s work, in a transaction of its own so that a lost race can be tried again. */
    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
            Roles.ADMIN, Roles.AUDITOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Me recordSignIn() {
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        UserProfile profile = profiles.findByUsername(caller.username())
                .orElseGet(() -> profiles.add(new UserProfile(caller.username(), now)));
        if (changed(profile, caller) || profile.getDisabledAt() != null
                || profile.getLastLoginAt().plus(LAST_LOGIN_PRECISION).isBefore(now)) {
            profile.refresh(caller.displayName(), caller.email(), caller.agencyCode(), rolesText(caller), now);
        }
        String agencyName = caller.hasAgency()
                ? agencies.of(caller.agencyCode()).orElse(null)
                : null;
        return new Me(caller.username(), caller.displayName(), caller.email(), caller.agencyCode(),
                agencyName, List.copyOf(caller.roles()), profile.getFirstLoginAt());
    }

    /** Whether another request of the same user created or changed the profile first. */
    static boolean writtenMeanwhile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof EntityExistsException
                    || t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** Everyone who has signed in, by username. */
    @RolesAllowed(Roles.ADMIN)
    public List<UserSummary> listProfiles() {
        return em.createQuery("select u from UserProfile u order by u.username", UserProfile.class)
                .getResultStream()
                .map(UserService::summary)
                .toList();
    }

    /**
     * Officers who can be named on a visit: enabled users with the field officer role, of every agency
     * for coordinators and of the caller's own agency for officers; by agency, then name. Desk,
     * administrator, auditor and other accounts go on no visit, so they are not offered.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public List<OfficerChoice> officersToName() {
        java.util.Map<String, String> names = agencies.byCode();
        return profiles().stream()
                .filter(u -> u.hasRole(Roles.OFFICER) && u.getDisabledAt() == null)
                .map(u -> new OfficerChoice(u.getUsername(), u.getDisplayName(), u.getAgencyCode(),
                        names.getOrDefault(u.getAgencyCode(), u.getAgencyCode())))
                .toList();
    }

    /**
     * Colleagues who can own a visit's follow-up task: everyone with an agency for coordinators, the
     * caller's own agency for officers; by agency, then name.
     */
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    public List<UserSummary> colleagues() {
        return profiles().stream().map(UserService::summary).toList();
    }

    private List<UserProfile> profiles() {
        Caller caller = currentCaller.get();
        boolean all = caller.hasRole(Roles.COORDINATOR);
        jakarta.persistence.TypedQuery<UserProfile> query = em.createQuery(
                "select u from UserProfile u where u.agencyCode is not null"
                        + (all ? "" : " and u.agencyCode = :agency") + " order by u.agencyCode, u.displayName",
                UserProfile.class);
        if (!all) {
            query.setParameter("agency", caller.agencyCode());
        }
        return query.setMaxResults(1000).getResultList();
    }

    /**
     * Records that Keycloak disabled the user, for the administrators' list. Callable without a
     * role: the only caller is the back-channel endpoint, after checking that Keycloak signed the
     * notice. A user with no profile (never signed in) has nothing to mark.
     */
    @PermitAll
    public boolean markDisabled(String username) {
        return profiles.findByUsername(username).map(p -> {
            p.markDisabled(clock.instant());
            return true;
        }).orElse(false);
    }

    private static UserSummary summary(UserProfile u) {
        List<String> roles = u.getRoles() == null || u.getRoles().isBlank() ? List.of()
                : List.of(u.getRoles().split(","));
        return new UserSummary(u.getUsername(), u.getDisplayName(), u.getAgencyCode(), u.getFirstLoginAt(),
                u.getLastLoginAt(), roles, u.getDisabledAt());
    }

    private static String rolesText(Caller caller) {
        return String.join(",", Roles.ALL.stream().filter(caller::hasRole).toList());
    }

    private static boolean changed(UserProfile profile, Caller caller) {
        return !Objects.equals(profile.getRoles(), rolesText(caller))
                || !Objects.equals(profile.getDisplayName(), caller.displayName())
                || !Objects.equals(profile.getEmail(), caller.email())
                || !Objects.equals(profile.getAgencyCode(), caller.agencyCode());
    }
}
