package org.eyesandears.notification.service;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationView(long id, Instant createdAt, String kind, String reference, String message,
                               boolean read) {
}
