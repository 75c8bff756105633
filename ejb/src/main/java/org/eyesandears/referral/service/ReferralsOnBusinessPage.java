package org.eyesandears.referral.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eyesandears.business.register.service.BusinessHistorySource;
import org.eyesandears.business.register.service.HistoryEntry;

/**
 * The referrals a business page lists, for a reader who may see them ({@link ReferralQueries}),
 * with their handling conditions when graded C and the day of their erasure when erased.
 */
@ApplicationScoped
public class ReferralsOnBusinessPage implements BusinessHistorySource {

    @Inject
    ReferralQueries referrals;

    @Override
    public String kind() {
        return "referral";
    }

    @Override
    public List<HistoryEntry> history(Collection<Long> businessIds, Map<String, String> agencyNames) {
        return referrals.aboutBusinesses(businessIds).stream()
                .map(r -> new HistoryEntry(r.submittedAt(), kind(),
                        r.authorAgencyCode() == null ? null : agencyNames.getOrDefault(r.authorAgencyCode(), r.authorAgencyCode()),
                        "Referral after a visit on " + r.visitDate() + (r.urgency().equals("URGENT") ? " (urgent)" : ""),
                        r.reference(), r.handlingConditions(), r.erasedOn()))
                .toList();
    }
}
