package org.eyesandears.agency.service;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whose interest in a business one reader may know (ADR 0017). That an agency holds a live referral
 * or an adverse record on a business is intelligence in itself; telling the wrong agency could tip
 * off its owner. A reader always knows their own agency's interest. Of another agency's, they
 * learn only what the sharing agreement from that agency to theirs allows ({@code shared}): by name
 * if they plan visits or link records ({@code named}), otherwise only as "other agencies". The
 * interest of an agency outside {@code shared} counts for nothing, not even anonymously.
 *
 * @param ownAgency the reader's agency, or null
 * @param shared    the other agencies whose agreements let the reader's agency know of their interest
 * @param named     whether the reader may see those agencies' names
 */
public record InterestScope(String ownAgency, Set<String> shared, boolean named) {

    public InterestScope {
        shared = Set.copyOf(shared);
    }

    /** Whether the agency's interest counts for this reader (named or not). */
    public boolean counts(String agency) {
        return agency != null && (agency.equals(ownAgency) || shared.contains(agency));
    }

    /** Whether this reader may see that the agency has an interest, by name. */
    public boolean names(String agency) {
        return agency != null && (agency.equals(ownAgency) || named && shared.contains(agency));
    }

    /** Every agency whose interest counts for this reader, for a query's {@code in} list (never empty). */
    public Set<String> countable() {
        Set<String> all = new LinkedHashSet<>(shared);
        if (ownAgency != null) {
            all.add(ownAgency);
        }
        if (all.isEmpty()) {
            all.add("-"); // no agency code is "-": an IN list that matches nothing
        }
        return all;
    }
}
