package org.eyesandears.triage.service;

import java.io.StringReader;
import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.triage.model.SavedInboxFilter;

/** Each desk officer's inbox filters, saved as they change them and restored when they return. */
@Stateless
@RolesAllowed(Roles.DESK)
public class InboxPreferences {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public void save(InboxFilter filter) {
        String json = JSON.toJson(filter);
        if (json.length() > 2000) {
            return;
        }
        String username = currentCaller.get().username();
        SavedInboxFilter saved = em.find(SavedInboxFilter.class, username);
        if (saved == null) {
            em.persist(new SavedInboxFilter(username, json, clock.instant()));
        } else {
            saved.update(json, clock.instant());
        }
    }

    public Optional<InboxFilter> load() {
        SavedInboxFilter saved = em.find(SavedInboxFilter.class, currentCaller.get().username());
        if (saved == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.fromJson(new StringReader(saved.getContent()), InboxFilter.class));
        } catch (JsonbException e) {
            return Optional.empty();
        }
    }
}
