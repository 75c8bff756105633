package org.eyesandears.agency.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.model.Agency;

/** Reads agencies. Callers are services, which check access first. */
@ApplicationScoped
public class AgencyRepository {

    @PersistenceContext
    EntityManager em;

    public List<Agency> findAll() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
    }

    public Optional<Agency> findByCode(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
