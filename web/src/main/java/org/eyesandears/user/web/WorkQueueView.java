package org.eyesandears.user.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.linking.service.ReviewService;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.referral.service.RoutingAwaiting;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.triage.service.InformationRequestQueries;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitSummary;

/**
 * The home page as each role's work queue: what needs this person now, with counts. Every figure
 * comes from the service layer under the caller's own visibility; each is read once per request
 * and only for the roles that show it.
 */
@Named
@RequestScoped
public class WorkQueueView {

    /** How far back "recent feedback" reaches on an officer's home page. */
    static final int FEEDBACK_DAYS = 14;

    /** The coordinator's look-ahead, as the weekly tasking pack's fortnight. */
    static final int FORTNIGHT = 14;

    @Inject
    ReferralQueries referrals;

    @Inject
    InboxQueries inbox;

    @Inject
    InformationRequestQueries requests;

    @Inject
    VisitQueries visits;

    @Inject
    ReviewService review;

    private List<RoutingAwaiting> questions;
    private List<RoutingAwaiting> feedback;
    private InboxQueries.DeskQueue deskQueue;
    private Long openRequests;
    private List<VisitSummary> invitations;
    private Long visitsAhead;
    private Long pairsWaiting;

    public List<RoutingAwaiting> getQuestions() {
        return questions = once(questions, Roles.OFFICER, referrals::questionsForMe, List.of());
    }

    public List<RoutingAwaiting> getFeedback() {
        return feedback = once(feedback, Roles.OFFICER, () -> referrals.recentFeedbackForMe(FEEDBACK_DAYS), List.of());
    }

    public InboxQueries.DeskQueue getDesk() {
        return deskQueue = once(deskQueue, Roles.DESK, inbox::myQueue, new InboxQueries.DeskQueue(0, 0, 0, 0));
    }

    public long getOpenRequests() {
        return openRequests = once(openRequests, Roles.DESK, requests::countOpenToMine, 0L);
    }

    public List<VisitSummary> getInvitations() {
        if (invitations == null) {
            invitations = inRole(Roles.DESK) || inRole(Roles.COORDINATOR) ? visits.invitationsAwaitingAnswer() : List.of();
        }
        return invitations;
    }

    public long getVisitsAhead() {
        return visitsAhead = once(visitsAhead, Roles.COORDINATOR, () -> visits.countMineWithin(FORTNIGHT), 0L);
    }

    public long getPairsWaiting() {
        return pairsWaiting = once(pairsWaiting, Roles.ANALYST, review::waiting, 0L);
    }

    public int getFeedbackDays() {
        return FEEDBACK_DAYS;
    }

    private static <T> T once(T known, String role, Supplier<T> read, T otherwise) {
        if (known != null) {
            return known;
        }
        return inRole(role) ? read.get() : otherwise;
    }

    private static boolean inRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }
}
