package org.eyesandears.visit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A named officer on a visit, for the briefing's contacts and the double-booking check. */
@Embeddable
public class VisitOfficer {

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    protected VisitOfficer() {
        // for JPA
    }

    public VisitOfficer(String username, String agencyCode, String displayName) {
        this.username = username;
        this.agencyCode = agencyCode;
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getDisplayName() {
        return displayName;
    }
}
