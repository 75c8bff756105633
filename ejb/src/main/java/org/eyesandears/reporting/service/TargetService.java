package org.eyesandears.reporting.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.reporting.model.SuccessTarget;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * The success criteria per agency: administrators set them, managers and administrators read them.
 * A criterion left empty is "no target".
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class TargetService {

    /** What an administrator asks for; any part may be null (no target). */
    public record Targets(String agency, Integer feedbackRatePct, Integer feedbackDays, Integer triageMedianDays) {
    }

    @Inject
    AgencyService agencies;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public List<Targets> list() {
        return em.createQuery("select t from SuccessTarget t order by t.agencyCode", SuccessTarget.class)
                .getResultList().stream().map(t -> new Targets(t.getAgencyCode(), t.getFeedbackRatePct(),
                        t.getFeedbackDays(), t.getTriageMedianDays())).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Targets set(Targets targets) {
        validate(targets);
        SuccessTarget target = em.find(SuccessTarget.class, targets.agency());
        boolean isNew = target == null;
        if (isNew) {
            target = new SuccessTarget(targets.agency());
        }
        target.set(targets.feedbackRatePct(), targets.feedbackDays(), targets.triageMedianDays(),
                currentCaller.get().username(), clock.instant());
        if (isNew) {
            em.persist(target);
        }
        audit.record(AuditOperation.ALTERATION, AuditObject.SUCCESS_TARGET, targets.agency(),
                "Feedback " + targets.feedbackRatePct() + "% within " + targets.feedbackDays()
                        + " working days; median triage at most " + targets.triageMedianDays() + " working days", null);
        return targets;
    }

    void validate(Targets t) {
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        if (t == null || t.agency() == null || !agencies.agenciesByCode().containsKey(t.agency())) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("agency", "Choose an agency.")));
        }
        if (t.feedbackRatePct() != null && (t.feedbackRatePct() < 1 || t.feedbackRatePct() > 100)) {
            problems.add(new InvalidInputException.Violation("feedbackRatePct", "Give a percentage from 1 to 100."));
        }
        if (t.feedbackDays() != null && (t.feedbackDays() < 1 || t.feedbackDays() > 250)) {
            problems.add(new InvalidInputException.Violation("feedbackDays", "Give from 1 to 250 working days."));
        }
        if ((t.feedbackRatePct() == null) != (t.feedbackDays() == null)) {
            problems.add(new InvalidInputException.Violation(t.feedbackDays() == null ? "feedbackDays" : "feedbackRatePct",
                    "Give both the feedback percentage and its working days, or neither."));
        }
        if (t.triageMedianDays() != null && (t.triageMedianDays() < 0 || t.triageMedianDays() > 250)) {
            problems.add(new InvalidInputException.Violation("triageMedianDays", "Give from 0 to 250 working days."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
