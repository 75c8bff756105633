package org.eyesandears.user.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.user.model.UserProfile;
import org.eyesandears.user.repository.UserProfileRepository;

/**
 * The users who have signed in, as other contexts' services look them up: a visit's officers and
 * follow-up owners, whom to notify. Used inside the calling service's transaction and access
 * check, also by services that run with no role (notifications from timers); pages use
 * {@link UserService}.
 */
@ApplicationScoped
public class UserDirectory {

    @Inject
    UserProfileRepository profiles;

    @PersistenceContext
    EntityManager em;

    /** The user, if they have signed in at least once. */
    public Optional<UserContact> find(String username) {
        return profiles.findByUsername(username).map(UserDirectory::contact);
    }

    /** The usernames of an agency's users who hold a role and have signed in at least once. */
    public List<String> holders(String agencyCode, String role) {
        // An agency has a few dozen users at most: read them and keep those whose last sign-in carried
        // the role itself (UserProfile.hasRole), not merely a role whose name contains it.
        return em.createQuery("select u from UserProfile u where u.agencyCode = :agency order by u.username",
                        UserProfile.class)
                .setParameter("agency", agencyCode)
                .getResultList().stream()
                .filter(u -> u.hasRole(role))
                .map(UserProfile::getUsername)
                .toList();
    }

    private static UserContact contact(UserProfile u) {
        return new UserContact(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getAgencyCode());
    }
}
