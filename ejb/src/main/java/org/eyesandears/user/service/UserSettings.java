package org.eyesandears.user.service;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.user.model.UserSetting;

/**
 * Keeps one JSON document per user and kind (an unsent concern card, inbox filters) so a page
 * opens as its user left it. Used inside the calling service's transaction and access check.
 */
@ApplicationScoped
public class UserSettings {

    /** A setting read back, and when it was saved. */
    public record Saved<T>(T value, Instant savedAt) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Saves {@code value} as the user's setting of that kind.
     *
     * @return when it was saved
     * @throws IllegalArgumentException when its JSON is longer than {@code maxChars}
     */
    public Instant save(String username, String kind, Object value, int maxChars) {
        String json = JSON.toJson(value);
        if (json.length() > maxChars) {
            throw new IllegalArgumentException("A " + kind + " is at most " + maxChars + " characters");
        }
        Instant now = clock.instant();
        UserSetting setting = em.find(UserSetting.class, new UserSetting.Key(username, kind));
        if (setting == null) {
            em.persist(new UserSetting(username, kind, json, now));
        } else {
            setting.update(json, now);
        }
        return now;
    }

    /**
     * The user's setting of that kind. One saved by an older version in a shape that no longer
     * reads is removed: better lost than blocking the page.
     */
    public <T> Optional<Saved<T>> load(String username, String kind, Class<T> type) {
        UserSetting setting = em.find(UserSetting.class, new UserSetting.Key(username, kind));
        if (setting == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Saved<>(JSON.fromJson(new StringReader(setting.getContent()), type),
                    setting.getSavedAt()));
        } catch (JsonbException e) {
            em.remove(setting);
            return Optional.empty();
        }
    }

    /** Removes every setting of that kind last saved before {@code cutoff}; returns whose they were. */
    public List<String> removeSavedBefore(String kind, Instant cutoff) {
        List<String> owners = em.createQuery("select s.username from UserSetting s where s.kind = :kind"
                        + " and s.savedAt < :cutoff order by s.username", String.class)
                .setParameter("kind", kind).setParameter("cutoff", cutoff).getResultList();
        if (!owners.isEmpty()) {
            em.createQuery("delete from UserSetting s where s.kind = :kind and s.savedAt < :cutoff")
                    .setParameter("kind", kind).setParameter("cutoff", cutoff).executeUpdate();
        }
        return owners;
    }

    public void remove(String username, String kind) {
        em.createQuery("delete from UserSetting s where s.username = :username and s.kind = :kind")
                .setParameter("username", username).setParameter("kind", kind).executeUpdate();
    }
}
