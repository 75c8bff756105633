package org.eyesandears.business.linking.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.business.model.Business;
import org.eyesandears.business.model.Dataset;
import org.eyesandears.business.model.LinkMethod;
import org.eyesandears.business.model.SourceRecord;

/**
 * Makes unconfirmed premises from a concern card a source record of the agency's "Concern cards"
 * dataset (its own business is its home) and links it like any imported record: into a register
 * business when the engine is sure, into the review queue when it is not.
 */
@Stateless
@PermitAll
public class PremisesLinker {

    public static final String DATASET = "Concern cards";

    @Inject
    Linker linker;

    @Inject
    RegisterIndex index;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    public void link(NewPremises premises) {
        Business business = em.find(Business.class, premises.businessId());
        if (business == null) {
            return;
        }
        Instant now = clock.instant();
        String agency = premises.agencyCode() == null ? "NONE" : premises.agencyCode();
        Dataset dataset = em.createQuery("select d from Dataset d where d.agencyCode = :a and d.name = :n", Dataset.class)
                .setParameter("a", agency).setParameter("n", DATASET).getResultStream().findFirst().orElse(null);
        if (dataset == null) {
            dataset = new Dataset(agency, DATASET, premises.username(), now);
            em.persist(dataset);
        }
        SourceRecord record = new SourceRecord(dataset, "business-" + business.getId(), now);
        String address = business.getAddressLine2() == null ? business.getAddressLine1()
                : business.getAddressLine1() + ", " + business.getAddressLine2();
        record.describe(business.getTradingName(), address, business.getTown(), business.getPostcode(),
                business.getPhone(), business.getCompanyNumber(), business.getUprn(), null, now);
        record.linkTo(business, LinkMethod.NEW_BUSINESS, null, null, now);
        em.persist(record);
        em.flush();
        linker.link(record, index.matcher(), premises.username());
        index.invalidate();
    }
}
