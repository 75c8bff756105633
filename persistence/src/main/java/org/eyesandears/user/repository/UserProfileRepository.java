package org.eyesandears.user.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.user.model.UserProfile;

/** Stores the local profiles of signed-in users. */
@ApplicationScoped
public class UserProfileRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<UserProfile> findByUsername(String username) {
        return em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public UserProfile add(UserProfile profile) {
        em.persist(profile);
        return profile;
    }
}
