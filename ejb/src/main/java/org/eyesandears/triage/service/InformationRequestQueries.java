package org.eyesandears.triage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.Business;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.triage.model.InformationRequest;

/**
 * Reading information requests: a desk sees those its agency asked and those it was asked, and no
 * others; each read is audited as a consultation.
 */
@Stateless
@RolesAllowed(Roles.DESK)
public class InformationRequestQueries {

    static final int MAX = 500;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The caller's agency's requests, both ways: open ones first (soonest due), then the newest. */
    public List<RequestView> mine() {
        Caller caller = currentCaller.get();
        List<InformationRequest> found = em.createQuery("select r from InformationRequest r join fetch r.business"
                        + " where r.fromAgency = :agency or r.toAgency = :agency"
                        + " order by case when r.status = :open then 0 else 1 end, r.dueOn, r.askedAt desc",
                        InformationRequest.class)
                .setParameter("agency", caller.agencyCode())
                .setParameter("open", InformationRequest.Status.OPEN)
                .setMaxResults(MAX)
                .getResultList();
        audit.recordList(AuditObject.INFORMATION_REQUEST, "requests of " + caller.agencyCode(),
                found.stream().map(InformationRequest::getId).toList(), "information requests list");
        Map<String, String> names = agencies.agencyNames();
        LocalDate today = London.today(clock);
        return found.stream().map(r -> view(r, caller, names, today)).toList();
    }

    /** One request, if the caller's agency asked or was asked. */
    public Optional<RequestView> find(long id) {
        Caller caller = currentCaller.get();
        InformationRequest r = em.find(InformationRequest.class, id);
        if (r == null || !caller.agencyCode().equals(r.getFromAgency()) && !caller.agencyCode().equals(r.getToAgency())) {
            return Optional.empty();
        }
        audit.record(AuditOperation.CONSULTATION, AuditObject.INFORMATION_REQUEST, String.valueOf(id), "read", null);
        return Optional.of(view(r, caller, agencies.agencyNames(), London.today(clock)));
    }

    /** How many requests to an agency are open, for its desks' weekly digest (runs as an administrator). */
    @RolesAllowed(Roles.ADMIN)
    public long openTo(String agencyCode) {
        return countOpen(agencyCode);
    }

    private long countOpen(String agencyCode) {
        return em.createQuery("select count(r) from InformationRequest r where r.toAgency = :agency"
                        + " and r.status = :open", Long.class)
                .setParameter("agency", agencyCode).setParameter("open", InformationRequest.Status.OPEN)
                .getSingleResult();
    }

    /** How many requests to the caller's agency are still open: a count for the desk's home page. */
    public long countOpenToMine() {
        Caller caller = currentCaller.get();
        return caller.hasAgency() ? countOpen(caller.agencyCode()) : 0;
    }

    /** The name and postcode of the business a question would be about (a merged one as its survivor). */
    public Optional<String> businessLabel(long businessId) {
        Business b = em.find(Business.class, businessId);
        if (b != null && b.getMergedInto() != null) {
            b = b.getMergedInto();
        }
        return Optional.ofNullable(b).map(x -> x.getTradingName() + (x.getPostcode() == null ? "" : ", " + x.getPostcode()));
    }

    private static RequestView view(InformationRequest r, Caller caller, Map<String, String> names, LocalDate today) {
        return new RequestView(r.getId(), r.getLockVersion(), r.getBusiness().getId(), r.getBusiness().getTradingName(),
                r.getBusiness().getPostcode(), r.getFromAgency(), names.getOrDefault(r.getFromAgency(), r.getFromAgency()),
                r.getToAgency(), names.getOrDefault(r.getToAgency(), r.getToAgency()),
                r.getToAgency().equals(caller.agencyCode()), r.getAskedBy(), r.getAskedAt(), r.getQuestion(),
                r.getDueOn(), r.getStatus() == InformationRequest.Status.OPEN && r.getDueOn().isBefore(today),
                r.getStatus().name(), r.getAnswer(), r.getAnsweredBy(), r.getAnsweredAt(),
                r.getUsefulness() == null ? null : r.getUsefulness().name());
    }
}
