package org.eyesandears.agency.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.model.Indicator;

/** Reads golden indicators with their receiving agencies. */
@ApplicationScoped
public class IndicatorRepository {

    @PersistenceContext
    EntityManager em;

    /** Every indicator, offered or not, each with its receiving agencies loaded. */
    public List<Indicator> findAll() {
        return em.createNamedQuery("Indicator.findAll", Indicator.class).getResultList();
    }

    public java.util.Optional<Indicator> findByCode(String code) {
        return em.createNamedQuery("Indicator.findByCode", Indicator.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Active indicators, grouped by concern area, each with its receiving agencies loaded. */
    public List<Indicator> findActive() {
        return em.createNamedQuery("Indicator.findActive", Indicator.class).getResultList();
    }
}
