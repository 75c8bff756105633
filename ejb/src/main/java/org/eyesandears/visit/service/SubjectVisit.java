package org.eyesandears.visit.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A visit that names the subject of an access request: when and where it was, who led it, its
 * status, and where the name was found (the business's name, the risk notes, the reason it was
 * cancelled, or an agency's recorded findings).
 */
public record SubjectVisit(long id, Instant startsAt, String business, String leadAgency, String status,
                           List<String> matchedIn) implements Serializable {

    public SubjectVisit {
        matchedIn = List.copyOf(matchedIn);
    }
}
