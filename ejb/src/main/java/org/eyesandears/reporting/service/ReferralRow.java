package org.eyesandears.reporting.service;

import java.time.Instant;

/** One referral behind an officer's or a team's figure: reference, business, author, team and when. */
public record ReferralRow(long id, String reference, String business, String author, String team,
                          Instant submittedAt) {
}
