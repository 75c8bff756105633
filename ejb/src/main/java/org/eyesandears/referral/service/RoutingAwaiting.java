package org.eyesandears.referral.service;

import java.time.Instant;

/**
 * One of an officer's referrals as their home page lists it: which referral, which business,
 * which agency's desk, and since when (the question asked, or the feedback given). No content.
 */
public record RoutingAwaiting(String reference, String businessName, String agencyName, Instant since) {
}
