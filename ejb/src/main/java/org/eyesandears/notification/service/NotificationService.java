package org.eyesandears.notification.service;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.shared.config.Settings;
import org.eyesandears.notification.model.Notification;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.user.service.UserDirectory;

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

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    Event<MailOut> mail;

    @Inject
    UserDirectory users;

    @PersistenceContext
    EntityManager em;

    /** Notifies one user; also by e-mail when their profile has an address. */
    @PermitAll
    public void notifyUser(String username, String kind, String reference, String message) {
        em.persist(new Notification(username, clock.instant(), kind, reference, message));
        users.find(username)
                .filter(u -> u.email() != null)
                .ifPresent(u -> mail.fire(email(u.email(), message, reference)));
    }

    /** Notifies every desk officer of an agency who has signed in at least once. */
    @PermitAll
    public void notifyDesks(String agencyCode, String kind, String reference, String message) {
        users.deskOfficers(agencyCode).forEach(u -> notifyUser(u.username(), kind, reference, message));
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
                        n.getMessage(), n.getReadAt() != null))
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
                message + "\n\nOpen it (you will be asked to sign in): " + Settings.appUrl()
                        + "/referral/detail.xhtml?ref=" + reference
                        + "\n\nThis e-mail names the referral only; the details are in Eyes and Ears.\n");
    }
}
