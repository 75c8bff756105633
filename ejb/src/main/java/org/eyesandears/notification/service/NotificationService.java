package org.eyesandears.notification.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.shared.config.Links;
import org.eyesandears.notification.model.Notification;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.user.model.UserProfile;

/**
 * Tells people what needs them: in the application (a badge and a list) and by e-mail. Messages
 * carry the referral's reference and a link, never the intelligence itself. Other services call
 * {@link #notifyUser} and {@link #notifyDesks} inside their own transaction, so a notification
 * exists exactly when the change it reports does.
 */
@Stateless
public class NotificationService {

    public static final String QUESTION = "QUESTION";
    public static final String FEEDBACK = "FEEDBACK";
    public static final String CLOSED = "CLOSED";
    public static final String URGENT = "URGENT";
    public static final String VISIT_INVITATION = "VISIT_INVITATION";
    public static final String VISIT_CHANGED = "VISIT_CHANGED";
    public static final String VISIT_CANCELLED = "VISIT_CANCELLED";
    public static final String VISIT_ANSWER = "VISIT_ANSWER";
    public static final String VISIT_OUTCOME = "VISIT_OUTCOME";
    public static final String INFO_REQUEST = "INFO_REQUEST";
    public static final String INFO_ANSWER = "INFO_ANSWER";

    /** What a notice other than a referral's is about: a visit or an information request, and its page. */
    public record About(Long visitId, Long requestId) {

        public static About visit(long id) {
            return new About(id, null);
        }

        public static About request(long id) {
            return new About(null, id);
        }

        /** The address an e-mail gives: the object in the path, which survives the sign-in ({@link Links}). */
        public String link() {
            return visitId != null ? Links.visit(visitId) : Links.request(requestId);
        }
    }

    /**
     * An iCalendar part for a visit notice's e-mail: the method (REQUEST or CANCEL) and the text
     * for one attendee's address.
     */
    public record CalendarPart(String method, Function<String, String> forAttendee) {
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    Event<MailOut> mail;

    @PersistenceContext
    EntityManager em;

    /** Notifies one user; also by e-mail when their profile has an address. */
    @PermitAll
    public void notifyUser(String username, String kind, String reference, String message) {
        em.persist(new Notification(username, clock.instant(), kind, reference, message));
        profile(username).filter(u -> u.getEmail() != null)
                .ifPresent(u -> mail.fire(email(u.getEmail(), message, reference)));
    }

    private Optional<UserProfile> profile(String username) {
        return em.createQuery("select u from UserProfile u where u.username = :username", UserProfile.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Notifies every desk officer of an agency who has signed in at least once. */
    @PermitAll
    public void notifyDesks(String agencyCode, String kind, String reference, String message) {
        holders(agencyCode, Roles.DESK).forEach(u -> notifyUser(u, kind, reference, message));
    }

    /**
     * Notifies one user of something about a visit or an information request, in the application
     * and by e-mail; the e-mail carries the calendar part when one is given, so the recipient's
     * calendar updates.
     */
    @PermitAll
    public void notifyUserAbout(String username, String kind, About about, String message, CalendarPart calendar) {
        em.persist(Notification.about(username, clock.instant(), kind, about.visitId(), about.requestId(), message));
        profile(username).filter(u -> u.getEmail() != null).ifPresent(u -> mail.fire(new MailOut(u.getEmail(),
                "Eyes and Ears: " + message,
                message + "\n\nOpen it (you will be asked to sign in): " + about.link()
                        + "\n\nThis e-mail names it only; the details are in Eyes and Ears.\n",
                calendar == null ? null : calendar.forAttendee().apply(u.getEmail()),
                calendar == null ? null : calendar.method())));
    }

    /** Notifies every desk officer of an agency of something about a visit or an information request. */
    @PermitAll
    public void notifyDesksAbout(String agencyCode, String kind, About about, String message) {
        holders(agencyCode, Roles.DESK).forEach(u -> notifyUserAbout(u, kind, about, message, null));
    }

    /** E-mails one user (a digest), when their profile has an address; nothing in the application. */
    @PermitAll
    public void mailUser(String username, String subject, String body) {
        profile(username).filter(u -> u.getEmail() != null)
                .ifPresent(u -> mail.fire(new MailOut(u.getEmail(), subject, body)));
    }

    /**
     * The users of an agency who hold a role and have signed in at least once. An agency has a few
     * dozen users at most: read them and keep those whose last sign-in carried the role itself
     * ({@link UserProfile#hasRole}), not merely a role whose name contains it.
     */
    @PermitAll
    public List<String> holders(String agencyCode, String role) {
        return em.createQuery("select u from UserProfile u where u.agencyCode = :agency order by u.username",
                        UserProfile.class)
                .setParameter("agency", agencyCode)
                .getResultList().stream()
                .filter(u -> u.hasRole(role))
                .map(UserProfile::getUsername)
                .toList();
    }

    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
            Roles.ADMIN, Roles.AUDITOR})
    public List<NotificationView> mine(int max) {
        return em.createQuery("select n from Notification n where n.username = :username"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("username", currentCaller.get().username())
                .setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultStream()
                .map(n -> new NotificationView(n.getId(), n.getCreatedAt(), n.getKind(), n.getReference(),
                        n.getVisitId(), n.getRequestId(), n.getMessage(), n.getReadAt() != null))
                .toList();
    }

    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
            Roles.ADMIN, Roles.AUDITOR})
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.username = :username"
                        + " and n.readAt is null", Long.class)
                .setParameter("username", currentCaller.get().username())
                .getSingleResult();
    }

    @RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
            Roles.ADMIN, Roles.AUDITOR})
    public void markAllRead() {
        em.createQuery("update Notification n set n.readAt = :now where n.username = :username"
                        + " and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("username", currentCaller.get().username())
                .executeUpdate();
    }

    private static MailOut email(String to, String message, String reference) {
        return new MailOut(to, "Eyes and Ears: " + message,
                message + "\n\nOpen it (you will be asked to sign in): " + Links.referral(reference)
                        + "\n\nThis e-mail names the referral only; the details are in Eyes and Ears.\n");
    }
}
