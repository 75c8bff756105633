package org.eyesandears.triage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.business.model.Business;
import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.notification.service.NotificationService.About;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.security.Caller;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.time.WorkingDays;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.Text;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.triage.model.InformationRequest;

/**
 * Information requests between agencies' desks about a business (docs/triage.md, "Information
 * requests"): a desk asks another agency's desk what it knows, under the sharing agreement from its
 * agency to the other; the other answers under the agreement back, or declines with its reason; the
 * asking desk says how useful the answer was. Each is due on a date (ten working days by default)
 * and both desks are told of each step. Only the two agencies' desks see a request; to anyone else
 * it does not exist. Questions and answers are free text: they stay on the request, and the audit
 * records who did what to which request.
 */
@Stateless
@RolesAllowed(Roles.DESK)
public class InformationRequestService {

    /** Working days a request is due in when the asking desk gives no date. */
    static final int DEFAULT_DUE_WORKING_DAYS = 10;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AgencyService agencies;

    @Inject
    AgreementService sharing;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Asks another agency's desk about a business; the answer is the request's id. */
    public long ask(Long businessId, String toAgency, String question, LocalDate dueOn) {
        Caller caller = currentCaller.get();
        String from = caller.agencyCode();
        List<Violation> v = new ArrayList<>();
        Business business = businessId == null ? null : em.find(Business.class, businessId);
        if (business != null && business.getMergedInto() != null) {
            business = business.getMergedInto();
        }
        if (business == null) {
            v.add(new Violation("businessId", "Choose the business you are asking about."));
        }
        String to = toAgency == null ? null : toAgency.trim();
        if (to == null || !agencies.agencyNames().containsKey(to)) {
            v.add(new Violation("toAgency", "Choose the agency to ask."));
        } else if (to.equals(from)) {
            v.add(new Violation("toAgency", "Ask another agency; your own desk's records are yours already."));
        } else {
            v.addAll(sharing.refusals(from, List.of(to), "toAgency", "the question cannot go to"));
        }
        String q = clean(question);
        if (q == null) {
            v.add(new Violation("question", "Write what you would like to know."));
        } else if (q.length() > 2000) {
            v.add(new Violation("question", "At most 2000 characters (this has " + q.length() + ")."));
        }
        LocalDate today = London.today(clock);
        LocalDate due = dueOn != null ? dueOn : WorkingDays.plus(today, DEFAULT_DUE_WORKING_DAYS);
        if (due.isBefore(today.plusDays(1)) || due.isAfter(today.plusMonths(3))) {
            v.add(new Violation("dueOn", "A due date from tomorrow to three months ahead."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        InformationRequest request = new InformationRequest(business, from, to, caller.username(), clock.instant(),
                q, due);
        em.persist(request);
        em.flush();
        audit.record(AuditOperation.COLLECTION, AuditObject.INFORMATION_REQUEST, String.valueOf(request.getId()),
                "asked " + to + " about business " + business.getId(), null);
        notifications.notifyDesksAbout(to, NotificationService.INFO_REQUEST, About.request(request.getId()),
                name(from) + " asks what your agency knows about " + shortName(business.getTradingName())
                        + "; due " + London.DATE.format(due) + ".");
        return request.getId();
    }

    /** The asked desk answers, or declines with its reason; the version seen must still be current. */
    public void answer(long id, boolean decline, String text, long expectedVersion) {
        Caller caller = currentCaller.get();
        InformationRequest request = em.find(InformationRequest.class, id, LockModeType.OPTIMISTIC);
        if (request == null || !request.getToAgency().equals(caller.agencyCode())) {
            throw new NotFoundException("information request");
        }
        if (request.getLockVersion() != expectedVersion) {
            throw new ConcurrentChangeException(request.getAnsweredBy(), request.getAnsweredAt(),
                    request.getStatus().name(), request.getLockVersion());
        }
        List<Violation> v = new ArrayList<>();
        if (request.getStatus() != InformationRequest.Status.OPEN) {
            v.add(new Violation("status", "This request was already " + request.getStatus().name().toLowerCase()
                    + "."));
        }
        String a = clean(text);
        if (a == null) {
            v.add(new Violation("answer", decline ? "Say why your agency cannot answer." : "Write your answer."));
        } else if (a.length() > 4000) {
            v.add(new Violation("answer", "At most 4000 characters (this has " + a.length() + ")."));
        }
        if (!decline) {
            v.addAll(sharing.refusals(caller.agencyCode(), List.of(request.getFromAgency()), "answer",
                    "your answer cannot go to"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        request.answer(decline, a, caller.username(), clock.instant());
        audit.record(AuditOperation.ALTERATION, AuditObject.INFORMATION_REQUEST, String.valueOf(id),
                decline ? "declined" : "answered", null);
        String what = decline ? " declined your question about " : " answered your question about ";
        notifications.notifyUserAbout(request.getAskedBy(), NotificationService.INFO_ANSWER, About.request(id),
                name(request.getToAgency()) + what + shortName(request.getBusiness().getTradingName()) + ".", null);
    }

    /** The asking desk says how useful the answer was. */
    public void rate(long id, Usefulness usefulness) {
        Caller caller = currentCaller.get();
        InformationRequest request = em.find(InformationRequest.class, id);
        if (request == null || !request.getFromAgency().equals(caller.agencyCode())) {
            throw new NotFoundException("information request");
        }
        if (request.getStatus() != InformationRequest.Status.ANSWERED) {
            throw new InvalidInputException(List.of(new Violation("usefulness",
                    "Rate an answer once it has come.")));
        }
        if (usefulness == null) {
            throw new InvalidInputException(List.of(new Violation("usefulness", "Say how useful the answer was.")));
        }
        request.rate(usefulness, caller.username(), clock.instant());
        audit.record(AuditOperation.ALTERATION, AuditObject.INFORMATION_REQUEST, String.valueOf(id),
                "rated " + usefulness, null);
    }

    private String name(String agencyCode) {
        return agencies.agencyNames().getOrDefault(agencyCode, agencyCode);
    }

    /** A business name cut so that a notice fits its 300 characters. */
    private static String shortName(String name) {
        return Text.cut(name, 80);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
