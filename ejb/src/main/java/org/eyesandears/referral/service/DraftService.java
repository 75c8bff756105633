package org.eyesandears.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.user.service.UserSettings;

/**
 * The officer's unsent concern card, kept between visits to the page. Each officer has at most
 * one; sending the card removes it ({@link ReferralService}). Drafts hold no attachments.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class DraftService {

    /** The kind of user setting a draft is kept as. */
    static final String KIND = "referral-draft";
    static final int MAX_CHARS = 64 * 1024;

    /** A saved card and when it was saved. */
    public record Draft(NewReferral card, Instant savedAt) {
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserSettings settings;

    /** @throws IllegalArgumentException when the card is longer than a draft may be */
    public Instant save(NewReferral card) {
        return settings.save(currentCaller.get().username(), KIND, card, MAX_CHARS);
    }

    public Optional<Draft> load() {
        return settings.load(currentCaller.get().username(), KIND, NewReferral.class)
                .map(saved -> new Draft(saved.value(), saved.savedAt()));
    }

    public void discard() {
        settings.remove(currentCaller.get().username(), KIND);
    }

    /**
     * Deletes every draft last saved before {@code cutoff} (the retention job's work: unsent drafts
     * are not kept); returns whose drafts went.
     */
    @PermitAll
    public List<String> deleteSavedBefore(Instant cutoff) {
        return settings.removeSavedBefore(KIND, cutoff);
    }
}
