package org.eyesandears.referral.service;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.referral.model.ReferralDraft;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;

/**
 * The officer's unsent concern card, kept between visits to the page. Each officer has at most
 * one; sending the card removes it ({@link ReferralService}). Drafts hold no attachments.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class DraftService {

    /** A saved card and when it was saved. */
    public record Draft(NewReferral card, Instant savedAt) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();
    static final int MAX_CHARS = 64 * 1024;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public Instant save(NewReferral card) {
        String json = JSON.toJson(card);
        if (json.length() > MAX_CHARS) {
            throw new IllegalArgumentException("A draft is at most " + MAX_CHARS + " characters");
        }
        String username = currentCaller.get().username();
        Instant now = clock.instant();
        ReferralDraft draft = em.find(ReferralDraft.class, username);
        if (draft == null) {
            em.persist(new ReferralDraft(username, json, now));
        } else {
            draft.update(json, now);
        }
        return now;
    }

    public Optional<Draft> load() {
        ReferralDraft draft = em.find(ReferralDraft.class, currentCaller.get().username());
        if (draft == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Draft(JSON.fromJson(new StringReader(draft.getContent()), NewReferral.class),
                    draft.getSavedAt()));
        } catch (JsonbException e) {
            // A draft from an older card layout that no longer reads: better lost than blocking the page.
            em.remove(draft);
            return Optional.empty();
        }
    }

    public void discard() {
        discard(em, currentCaller.get().username());
    }

    /** Removes a user's draft, if any; also used when their card is sent. */
    static void discard(EntityManager em, String username) {
        em.createQuery("delete from ReferralDraft d where d.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }
}
