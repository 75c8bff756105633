package org.eyesandears.referral.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of "My referrals": reference, business, dates, and where each routing stands; the handling
 * conditions when graded C, and the day it was erased when it is a tombstone.
 */
public record ReferralSummary(String reference, String businessName, String postcode,
                              LocalDate visitDate, Instant submittedAt, String urgency,
                              List<ReferralDetail.RoutingView> routings, String handlingConditions,
                              LocalDate erasedOn) implements Serializable {
}
