package org.eyesandears.business.register.service;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.linking.service.NewPremises;
import org.eyesandears.business.model.Business;
import org.eyesandears.business.model.BusinessType;
import org.eyesandears.shared.security.Roles;

/**
 * Premises an officer first meets on a concern card join the register here, unconfirmed, in the
 * submission's transaction; once it commits they are scored like any source record
 * ({@link NewPremises}). The referral context asks for them; only the register creates businesses.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class UnconfirmedPremises {

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Scored against the register once the referral is committed (issue 5). */
    @Inject
    Event<NewPremises> newPremises;

    @PersistenceContext
    EntityManager em;

    /**
     * Adds the premises, already checked and in canonical form, with the kind of business the officer
     * chose (a {@link BusinessType} code, or null), and answers the new business's id.
     */
    public long add(String tradingName, String addressLine1, String addressLine2, String town, String postcode,
                    String phone, String companyNumber, String uprn, String businessType, String agencyCode,
                    String username) {
        Business business = Business.unconfirmed(tradingName, addressLine1, addressLine2, town, postcode, phone,
                companyNumber, uprn, username, clock.instant());
        BusinessType.ofCode(businessType).ifPresent(business::classify);
        em.persist(business);
        em.flush();
        audit.record(AuditOperation.COLLECTION, AuditObject.BUSINESS, String.valueOf(business.getId()),
                "new unconfirmed premises from a concern card", null);
        newPremises.fire(new NewPremises(business.getId(), agencyCode, username));
        return business.getId();
    }
}
