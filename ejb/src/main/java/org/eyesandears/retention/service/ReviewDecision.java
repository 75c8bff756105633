package org.eyesandears.retention.service;

import java.time.LocalDate;

/** A manager's decision on a referral due for review: a reason, and for keeping, the next review date. */
public record ReviewDecision(String reason, LocalDate newReviewDate) {
}
