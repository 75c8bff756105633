package org.eyesandears.visit.service;

import java.io.Serializable;

/**
 * An agency with an interest in a business now, as the business context defines it (ADR 0032): its
 * routings not yet closed, its officers' referrals still open, and its adverse records within the
 * period its rule sets. It should be invited to a visit there.
 */
public record AgencyInterest(String agencyCode, String agencyName, long openRoutings, long openReferrals,
                             long adverseRecords) implements Serializable {

    /** The name of the one entry, without a code, for agencies the reader may not name (ADR 0017). */
    public static final String OTHER_AGENCIES = "Other agencies (not named under your sharing agreements)";

    /** "1 open routing, 2 adverse records". */
    public String reasons() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (openRoutings > 0) {
            parts.add(openRoutings + (openRoutings == 1 ? " open routing" : " open routings"));
        }
        if (openReferrals > 0) {
            parts.add(openReferrals + (openReferrals == 1 ? " open referral" : " open referrals"));
        }
        if (adverseRecords > 0) {
            parts.add(adverseRecords + (adverseRecords == 1 ? " adverse record" : " adverse records"));
        }
        return String.join(", ", parts);
    }
}
