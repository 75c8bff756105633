package org.eyesandears.business.register.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What another context knows of a business, for the business page's history: the referral
 * context its referrals, the visit context its visits. Those contexts hold the business as a
 * reference and depend on the register, so the register asks them through this interface,
 * which they implement, instead of calling them (ADR 0023).
 */
public interface BusinessHistorySource {

    /** What the entries are ("referral", "visit"); sources are asked in this order, by name. */
    String kind();

    /**
     * The entries about these businesses (one business and those merged into it) that the caller
     * may see, in the order the source keeps them.
     *
     * @param agencyNames agency names by code, for naming an entry's agency
     */
    List<HistoryEntry> history(Collection<Long> businessIds, Map<String, String> agencyNames);
}
