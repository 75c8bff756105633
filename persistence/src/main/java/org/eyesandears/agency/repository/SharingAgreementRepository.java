package org.eyesandears.agency.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.model.SharingAgreement;
import org.eyesandears.agency.model.SharingAgreementChange;

/** Reads and stores sharing agreements. Callers are services, which check access first. */
@ApplicationScoped
public class SharingAgreementRepository {

    @PersistenceContext
    EntityManager em;

    public List<SharingAgreement> findAll() {
        return em.createNamedQuery("SharingAgreement.findAll", SharingAgreement.class).getResultList();
    }

    public Optional<SharingAgreement> findPair(String from, String to) {
        return em.createNamedQuery("SharingAgreement.findPair", SharingAgreement.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .findFirst();
    }

    public void add(SharingAgreement agreement) {
        em.persist(agreement);
    }

    public void addChange(SharingAgreementChange change) {
        em.persist(change);
    }

    /** The history of one agreement, newest first. */
    public List<SharingAgreementChange> changes(String from, String to) {
        return em.createNamedQuery("SharingAgreementChange.findPair", SharingAgreementChange.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Writes pending changes now, so the returned version is the stored one. */
    public void flush() {
        em.flush();
    }
}
