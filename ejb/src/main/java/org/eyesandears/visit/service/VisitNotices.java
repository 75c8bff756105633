package org.eyesandears.visit.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.notification.service.NotificationService.About;
import org.eyesandears.notification.service.NotificationService.CalendarPart;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.config.Settings;
import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.Text;
import org.eyesandears.visit.model.InvitationResponse;
import org.eyesandears.visit.model.Visit;
import org.eyesandears.visit.model.VisitAgency;
import org.eyesandears.visit.model.VisitOfficer;

/**
 * Tells people about visits as they change, in the application and by e-mail with an iCalendar
 * invitation (docs/visits.md, "Visit notices"): an invited agency's desks and coordinators are
 * invited and answer in the application; named officers and the agencies taking part hear of moves,
 * confirmations and cancellations, and their calendars update (REQUEST with a growing SEQUENCE, or
 * CANCEL); the planner hears each answer; the officers whose referrals prompted a visit hear that it
 * has an outcome. Nobody hears of their own action. Notices name the business and the time, never
 * the visit's details or intelligence. Called by {@link VisitService} inside its transaction, so a
 * notice exists exactly when the change does.
 */
@Stateless
@PermitAll
public class VisitNotices {

    @Inject
    NotificationService notifications;

    @Inject
    AgencyService agencies;

    @Inject
    ReferralQueries referrals;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A new visit: invitations to the invited agencies, notices to the named officers. */
    public void planned(Visit visit, String actor) {
        Map<String, String> names = agencies.agencyNames();
        String when = when(visit);
        CalendarPart calendar = calendar(visit, false, names);
        for (VisitAgency a : visit.getAgencies()) {
            if (a.getResponse() == InvitationResponse.INVITED) {
                String message = invitation(visit, names, when);
                contacts(a.getAgencyCode(), actor).forEach(u -> notifications.notifyUserAbout(u,
                        NotificationService.VISIT_INVITATION, About.visit(visit.getId()), message, calendar));
            }
        }
        for (String officer : officers(visit, actor)) {
            notifications.notifyUserAbout(officer, NotificationService.VISIT_INVITATION, About.visit(visit.getId()),
                    "You are named for a visit to " + business(visit) + " on " + when + ".", calendar);
        }
    }

    /**
     * A visit was changed, moved or confirmed: everyone taking part (not declined) hears of it and
     * their calendars update; agencies newly invited by the change are invited.
     *
     * @param invitedBefore the agencies invited or taking part before the change
     */
    public void changed(Visit visit, String what, Set<String> invitedBefore, String actor) {
        Map<String, String> names = agencies.agencyNames();
        String when = when(visit);
        CalendarPart calendar = calendar(visit, false, names);
        Set<String> told = new LinkedHashSet<>();
        for (VisitAgency a : visit.getAgencies()) {
            if (a.getResponse() == InvitationResponse.DECLINED) {
                continue;
            }
            boolean invitedNow = !invitedBefore.contains(a.getAgencyCode());
            String message = invitedNow ? invitation(visit, names, when)
                    : "The visit to " + business(visit) + " was " + what + ": now " + when + ".";
            for (String u : contacts(a.getAgencyCode(), actor)) {
                if (told.add(u)) {
                    notifications.notifyUserAbout(u, invitedNow ? NotificationService.VISIT_INVITATION
                            : NotificationService.VISIT_CHANGED, About.visit(visit.getId()), message, calendar);
                }
            }
        }
        for (String officer : officers(visit, actor)) {
            if (told.add(officer)) {
                notifications.notifyUserAbout(officer, NotificationService.VISIT_CHANGED, About.visit(visit.getId()),
                        "The visit to " + business(visit) + " was " + what + ": now " + when + ".", calendar);
            }
        }
    }

    /** A visit was cancelled: everyone invited or taking part hears of it and calendars drop it. */
    public void cancelled(Visit visit, String actor) {
        Map<String, String> names = agencies.agencyNames();
        CalendarPart calendar = calendar(visit, true, names);
        String message = "The visit to " + business(visit) + " on " + when(visit)
                + " was cancelled; the reason is on the visit.";
        Set<String> told = new LinkedHashSet<>();
        for (VisitAgency a : visit.getAgencies()) {
            if (a.getResponse() != InvitationResponse.DECLINED) {
                told.addAll(contacts(a.getAgencyCode(), actor));
            }
        }
        told.addAll(officers(visit, actor));
        told.forEach(u -> notifications.notifyUserAbout(u, NotificationService.VISIT_CANCELLED, About.visit(visit.getId()),
                message, calendar));
    }

    /** An invited agency answered: the planner hears of it. */
    public void answered(Visit visit, String agencyCode, boolean accepted, String actor) {
        if (visit.getCreatedBy().equals(actor)) {
            return;
        }
        String agency = agencies.agencyNames().getOrDefault(agencyCode, agencyCode);
        notifications.notifyUserAbout(visit.getCreatedBy(), NotificationService.VISIT_ANSWER, About.visit(visit.getId()),
                agency + (accepted ? " accepted" : " declined") + " the invitation to the visit to "
                        + business(visit) + " on " + when(visit)
                        + (accepted ? "." : "; the reason is on the visit."), null);
    }

    /**
     * An agency recorded its outcome: each officer whose referral prompted the visit hears of it, on
     * the referral (the referral's page shows the outcome as far as the sharing agreement allows).
     */
    public void outcomeRecorded(Visit visit, String agencyCode, String actor) {
        if (visit.getReferralIds().isEmpty()) {
            return;
        }
        String agency = agencies.agencyNames().getOrDefault(agencyCode, agencyCode);
        referrals.authorsOf(visit.getReferralIds()).forEach((reference, author) -> {
            if (!author.equals(actor)) {
                notifications.notifyUser(author, NotificationService.VISIT_OUTCOME, reference,
                        agency + " recorded the outcome of the visit to " + business(visit)
                                + " that your referral " + reference + " prompted.");
            }
        });
    }

    private static String invitation(Visit visit, Map<String, String> names, String when) {
        return "Invitation: " + names.getOrDefault(visit.getLeadAgency(), visit.getLeadAgency())
                + " invites your agency to a joint visit to " + business(visit) + " on " + when
                + ". Accept or decline in Eyes and Ears.";
    }

    /** An agency's desks and coordinators, but not the person acting. */
    private List<String> contacts(String agencyCode, String actor) {
        Set<String> users = new LinkedHashSet<>(notifications.holders(agencyCode, "desk"));
        users.addAll(notifications.holders(agencyCode, "coordinator"));
        users.remove(actor);
        return List.copyOf(users);
    }

    /** The named officers of agencies still taking part (not declined), but not the person acting. */
    private static List<String> officers(Visit visit, String actor) {
        return visit.getOfficers().stream().filter(o -> visit.involves(o.getAgencyCode()))
                .map(VisitOfficer::getUsername).filter(u -> !u.equals(actor)).toList();
    }

    /** The business's name, cut so that every notice fits its 300 characters. */
    private static String business(Visit visit) {
        return Text.cut(visit.getBusiness().getTradingName(), 80);
    }

    private static String when(Visit visit) {
        return London.DAY_AND_TIME.format(visit.getStartsAt());
    }

    /** The invitation for the visit as it is now; its SEQUENCE is the visit's version after the change. */
    private CalendarPart calendar(Visit visit, boolean cancel, Map<String, String> names) {
        em.flush();
        CalendarFeedService.FeedEntry entry = CalendarFeedService.FeedEntry.of(visit, names);
        long sequence = visit.getLockVersion();
        return new CalendarPart(cancel ? "CANCEL" : "REQUEST", attendee -> ICalendar.invitation(entry, cancel,
                sequence, Settings.mailFrom(), attendee, Settings.appUrl(), clock.instant()));
    }
}
