package org.eyesandears.triage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.referral.model.Grading;
import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.referral.model.OutcomeCategory;
import org.eyesandears.referral.model.Routing;
import org.eyesandears.referral.model.RoutingEvent;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.metrics.OperationsMetrics;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.WorkingDays;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;

/**
 * The desk's work on a routing: moves through the triage state machine ({@link TriagePolicy}),
 * questions to the referring officer and their answers, and feedback. Only the receiving agency's
 * desk acts on a routing; to anyone else it does not exist. Every change names the version the
 * caller saw: if someone changed the routing since, nothing is saved and the caller learns who
 * changed it, when, and what it is now.
 */
@Stateless
public class TriageService {

    /** The audit reason of a move to INFO_REQUESTED: the desk's question itself is not audited. */
    static final String INFO_REQUESTED_REASON = "information requested";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OperationsMetrics metrics;

    @Inject
    AgencyService agencies;

    @Inject
    AgreementService sharing;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Moves a routing to {@code to}. INFO_REQUESTED needs the question (as {@code reason});
     * REFERRED_ON needs the agency to refer to, and makes a routing for it linked to this one.
     */
    @RolesAllowed(Roles.DESK)
    public RoutingState transition(long routingId, long expectedVersion, RoutingStatus to, String reason,
                                   String referOnAgency) {
        return transition(routingId, expectedVersion, to, reason, referOnAgency, false);
    }

    /**
     * As {@link #transition(long, long, RoutingStatus, String, String)}; referring on a referral
     * graded C (shared with conditions) also needs {@code conditionsConfirmed}: the desk confirms
     * that the agency it refers to will be told of the conditions and bound by them.
     */
    @RolesAllowed(Roles.DESK)
    public RoutingState transition(long routingId, long expectedVersion, RoutingStatus to, String reason,
                                   String referOnAgency, boolean conditionsConfirmed) {
        Caller caller = currentCaller.get();
        Routing routing = deskRouting(routingId, expectedVersion, caller);
        if (to == null) {
            throw invalid("to", "Say which status the routing moves to.");
        }
        String refusal = TriagePolicy.refusal(routing.getStatus(), to, routing.hasFeedback());
        if (refusal != null) {
            throw invalid("to", refusal);
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > 2000) {
            throw invalid("reason", "At most 2000 characters.");
        }
        if (to == RoutingStatus.INFO_REQUESTED && why == null) {
            throw invalid("reason", "Write the question for the referring officer.");
        }
        if (to == RoutingStatus.REFERRED_ON) {
            referOn(routing, referOnAgency, caller, conditionsConfirmed);
        }
        RoutingStatus from = routing.getStatus();
        routing.move(to, caller.username(), clock.instant());
        if (to == RoutingStatus.INFO_REQUESTED) {
            routing.ask(why, caller.username(), clock.instant());
        }
        RoutingEvent event = new RoutingEvent(routing, clock.instant(), caller.username(), from, to, why);
        em.persist(event);
        metrics.routingTriaged(to.name());
        // The desk's reason and question are free text about the referral: they stay in the routing's
        // history, where erasure reaches them; the audit record names the event (ADR 0018).
        audit.record(AuditOperation.ALTERATION, AuditObject.ROUTING, String.valueOf(routing.getId()), from + " to " + to,
                to == RoutingStatus.INFO_REQUESTED ? INFO_REQUESTED_REASON
                        : why == null ? null : "given in routing event " + event.getId());
        if (to == RoutingStatus.INFO_REQUESTED) {
            tellReferrer(routing, NotificationService.QUESTION, "%s has a question about your referral %s");
        } else if (to == RoutingStatus.CLOSED) {
            tellReferrer(routing, NotificationService.CLOSED, "%s has closed your referral %s");
        }
        return saved(routing);
    }

    /** Feedback for the referring officer, within what the receiving agency may tell back. */
    @RolesAllowed(Roles.DESK)
    public RoutingState giveFeedback(long routingId, long expectedVersion, Usefulness usefulness,
                                     OutcomeCategory outcome, String comment) {
        Caller caller = currentCaller.get();
        Routing routing = deskRouting(routingId, expectedVersion, caller);
        // What may be disclosed back is the sharing agreement's: from the referring agency to this one.
        FeedbackLevel level = sharing.disclosureLevel(routing.getReferral().getAuthorAgencyCode(),
                routing.getAgencyCode());
        List<Violation> v = new java.util.ArrayList<>(FeedbackRules.check(level, usefulness, outcome, comment));
        if (routing.getStatus() == RoutingStatus.NEW || routing.getStatus() == RoutingStatus.CLOSED) {
            v.add(new Violation("status", routing.getStatus() == RoutingStatus.NEW
                    ? "Take the routing into review before giving feedback." : "The routing is closed."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        routing.giveFeedback(usefulness, outcome, comment == null || comment.isBlank() ? null : comment.trim(),
                caller.username(), clock.instant());
        audit.record(AuditOperation.DISCLOSURE, AuditObject.ROUTING, String.valueOf(routing.getId()),
                "feedback to " + routing.getReferral().getAuthorAgencyCode(), null);
        tellReferrer(routing, NotificationService.FEEDBACK, "%s has given feedback on your referral %s");
        return saved(routing);
    }

    /** The referring officer answers the desk's question; the routing goes back to review. */
    @RolesAllowed(Roles.OFFICER)
    public RoutingState answer(long routingId, String answer) {
        Caller caller = currentCaller.get();
        Routing routing = em.find(Routing.class, routingId, LockModeType.OPTIMISTIC);
        if (routing == null || !routing.getReferral().getAuthorUsername().equals(caller.username())) {
            throw new NotFoundException("routing");
        }
        if (routing.getStatus() != RoutingStatus.INFO_REQUESTED) {
            throw invalid("status", "There is no open question on this routing.");
        }
        if (answer == null || answer.isBlank()) {
            throw invalid("answer", "Write your answer.");
        }
        if (answer.length() > 2000) {
            throw invalid("answer", "At most 2000 characters.");
        }
        routing.answer(answer.trim(), caller.username(), clock.instant());
        routing.move(RoutingStatus.IN_REVIEW, caller.username(), clock.instant());
        em.persist(new RoutingEvent(routing, clock.instant(), caller.username(), RoutingStatus.INFO_REQUESTED,
                RoutingStatus.IN_REVIEW, "answered"));
        audit.record(AuditOperation.ALTERATION, AuditObject.ROUTING, String.valueOf(routing.getId()), "answered", null);
        return saved(routing);
    }

    /** Tells the referring officer, naming the agency and the reference only. */
    private void tellReferrer(Routing routing, String kind, String message) {
        String reference = routing.getReferral().getReference();
        String agency = agencies.agencyNames().getOrDefault(routing.getAgencyCode(), routing.getAgencyCode());
        notifications.notifyUser(routing.getReferral().getAuthorUsername(), kind, reference,
                String.format(message, agency, reference));
    }

    /** Writes now, so that the version returned is the one the next change must name. */
    private RoutingState saved(Routing routing) {
        em.flush();
        return RoutingState.of(routing);
    }

    private void referOn(Routing routing, String agencyCode, Caller caller, boolean conditionsConfirmed) {
        Map<String, AgencySummary> byCode = agencies.agenciesByCode();
        AgencySummary target = agencyCode == null ? null : byCode.get(agencyCode);
        if (target == null) {
            throw invalid("referOnAgency", "Choose the agency to refer it on to.");
        }
        // The desk passes on what another agency observed: the agreement from the forwarding agency
        // and the one from the agency that made the referral must both allow it, so an ended
        // agreement cannot be got round through a third agency.
        List<Violation> refused = new ArrayList<>(sharing.refusals(caller.agencyCode(), List.of(target.code()),
                "referOnAgency"));
        String origin = routing.getReferral().getAuthorAgencyCode();
        if (!origin.equals(caller.agencyCode())) {
            refused.addAll(sharing.refusals(origin, List.of(target.code()), "referOnAgency"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        Grading grading = routing.getReferral().getGrading();
        boolean conditional = grading.getHandling() == HandlingCode.C;
        if (conditional && !conditionsConfirmed) {
            throw invalid("conditionsConfirmed", "This referral may only be shared on these conditions: \""
                    + grading.getConditions() + "\". Confirm that " + target.name()
                    + " will be told of them and bound by them.");
        }
        LocalDate today = London.today(clock);
        Routing onward = routing.getReferral().routeTo(target.code(), clock.instant(),
                WorkingDays.plus(today, target.triageTargetDays()), WorkingDays.plus(today, target.feedbackTargetDays()),
                routing).orElseThrow(() -> invalid("referOnAgency", target.name() + " already has this referral."));
        em.persist(onward);
        em.flush();
        audit.record(AuditOperation.DISCLOSURE, AuditObject.REFERRAL, routing.getReferral().getReference(),
                "referred on by " + caller.agencyCode() + " to " + target.code()
                        + (conditional ? ", handling conditions confirmed" : ""), null);
    }

    /** The routing if it is the caller's agency's and unchanged since the caller saw it. */
    private Routing deskRouting(long routingId, long expectedVersion, Caller caller) {
        Routing routing = em.find(Routing.class, routingId);
        if (routing == null || !caller.hasAgency() || !routing.getAgencyCode().equals(caller.agencyCode())) {
            throw new NotFoundException("routing");
        }
        if (routing.getLockVersion() != expectedVersion) {
            throw new ConcurrentChangeException(routing.getChangedBy(), routing.getChangedAt(),
                    routing.getStatus().name(), routing.getLockVersion());
        }
        return routing;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }
}
