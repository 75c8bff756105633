package org.eyesandears.notification.service;

import java.time.Instant;

/**
 * A notification as its recipient sees it: about a referral (its reference) or about a visit (its id).
 */
public record NotificationView(long id, Instant createdAt, String kind, String reference, Long visitId,
                               String message, boolean read) {
}
