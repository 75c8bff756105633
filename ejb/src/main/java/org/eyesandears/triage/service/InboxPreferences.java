package org.eyesandears.triage.service;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.user.service.UserSettings;

/** Each desk officer's inbox filters, saved as they change them and restored when they return. */
@Stateless
@RolesAllowed(Roles.DESK)
public class InboxPreferences {

    private static final String KIND = "inbox-filter";
    private static final int MAX_CHARS = 2000;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserSettings settings;

    public void save(InboxFilter filter) {
        try {
            settings.save(currentCaller.get().username(), KIND, filter, MAX_CHARS);
        } catch (IllegalArgumentException e) {
            // Filters this long are not kept; the ones saved before stay.
        }
    }

    public Optional<InboxFilter> load() {
        return settings.load(currentCaller.get().username(), KIND, InboxFilter.class).map(UserSettings.Saved::value);
    }
}
