package org.eyesandears.notification.service;

import java.time.Instant;

/**
 * A notification as its recipient sees it: about a referral (its reference), a visit or an
 * information request between desks (their ids).
 */
public record NotificationView(long id, Instant createdAt, String kind, String reference, Long visitId,
                               Long requestId, String message, boolean read) {
}
