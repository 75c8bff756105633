package org.eyesandears.referral.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line of "My referrals": reference, business, dates, and where each routing stands. */
public record ReferralSummary(String reference, String businessName, String postcode,
                              LocalDate visitDate, Instant submittedAt, String urgency,
                              List<ReferralDetail.RoutingView> routings) {
}
