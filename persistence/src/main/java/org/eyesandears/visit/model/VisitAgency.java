package org.eyesandears.visit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An agency taking part in a visit (or invited to), with how many officers it sends. */
@Embeddable
public class VisitAgency {

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationResponse response;

    @Column(name = "responded_by", length = 100)
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    protected VisitAgency() {
        // for JPA
    }

    public VisitAgency(String agencyCode, int headCount, InvitationResponse response) {
        this.agencyCode = agencyCode;
        this.headCount = headCount;
        this.response = response;
    }

    void respond(InvitationResponse answer, String reason, String username, Instant at) {
        this.response = answer;
        this.declineReason = reason;
        this.respondedBy = username;
        this.respondedAt = at;
    }

    void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public int getHeadCount() {
        return headCount;
    }

    public InvitationResponse getResponse() {
        return response;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }
}
