package org.eyesandears.notification.web;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.notification.service.NotificationView;

/**
 * The signed-in user's notifications: the unread count for the menu badge, and the list, which
 * marks them read once shown.
 */
@Named
@RequestScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    private Long unread;
    private List<NotificationView> list;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** Loads the list and marks everything read (page action of the notifications page). */
    public void open() {
        list = notifications.mine(100);
        notifications.markAllRead();
        unread = 0L;
    }

    public List<NotificationView> getList() {
        return list;
    }
}
