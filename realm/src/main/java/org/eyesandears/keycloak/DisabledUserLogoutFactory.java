package org.eyesandears.keycloak;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@link DisabledUserLogout} as the event listener {@value DisabledUserLogout#ID}. It is
 * global: it hears every realm's admin events without being added to each realm's listener list,
 * so a realm imported or edited by hand cannot lose it.
 */
public final class DisabledUserLogoutFactory implements EventListenerProviderFactory {

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new DisabledUserLogout(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return DisabledUserLogout.ID;
    }
}
