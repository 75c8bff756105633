package org.eyesandears.business.linking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Scores premises first typed on a concern card like any source record, once the referral is
 * committed and in the background, so an officer never waits for the linkage engine.
 */
@ApplicationScoped
public class ConcernCardLinking {

    @Inject
    PremisesLinker linker;

    void onNewPremises(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewPremises premises) {
        linker.link(premises);
    }
}
