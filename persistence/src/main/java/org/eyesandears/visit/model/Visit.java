package org.eyesandears.visit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eyesandears.business.model.Business;
import org.hibernate.annotations.BatchSize;

/**
 * A planned visit to a business by one or more agencies: when, why, who leads, who takes part
 * (agencies with a head count, named officers), the referrals that prompted it and the officers'
 * safety notes. Everyone in the partnership sees that a visit is planned (so nobody books a second
 * one); its details are for the agencies taking part.
 */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "business_id")
    private Business business;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operation_id")
    private Operation operation;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitPurpose purpose;

    @Column(name = "lead_agency", nullable = false, length = 40)
    private String leadAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitStatus status;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "risk_notes", length = 4000)
    private String riskNotes;

    @Column(name = "postcode_district", length = 4)
    private String postcodeDistrict;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** Loaded in batches, so that a month of the calendar costs a few queries, not one per visit. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "visit_agency", joinColumns = @JoinColumn(name = "visit_id"))
    private List<VisitAgency> agencies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_officer", joinColumns = @JoinColumn(name = "visit_id"))
    private List<VisitOfficer> officers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_referral", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "referral_id")
    private Set<Long> referralIds = new LinkedHashSet<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Visit() {
        // for JPA
    }

    public Visit(Business business, String createdBy, Instant createdAt) {
        this.business = business;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = VisitStatus.PROPOSED;
    }

    /** Sets what was planned; the lead agency takes part as accepted, the others as invited. */
    public void plan(Operation operation, Instant startsAt, Instant endsAt, VisitPurpose purpose, String leadAgency,
                     List<VisitAgency> participants, List<VisitOfficer> namedOfficers, Set<Long> referrals,
                     String riskNotes, String postcodeDistrict) {
        this.operation = operation;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose;
        this.leadAgency = leadAgency;
        this.riskNotes = riskNotes;
        this.postcodeDistrict = postcodeDistrict;
        List<VisitAgency> kept = new ArrayList<>();
        for (VisitAgency wanted : participants) {
            VisitAgency existing = agency(wanted.getAgencyCode()).orElse(null);
            if (existing != null) {
                existing.setHeadCount(wanted.getHeadCount());
                kept.add(existing);
            } else {
                kept.add(wanted);
            }
        }
        agencies.clear();
        agencies.addAll(kept);
        officers.clear();
        officers.addAll(namedOfficers);
        referralIds.clear();
        referralIds.addAll(referrals);
    }

    public void moveTo(Instant newStart, Instant newEnd, String username, Instant at) {
        this.startsAt = newStart;
        this.endsAt = newEnd;
        changed(username, at);
    }

    public void respond(String agencyCode, InvitationResponse answer, String reason, String username, Instant at) {
        agency(agencyCode).orElseThrow().respond(answer, reason, username, at);
        changed(username, at);
    }

    public void confirm(String username, Instant at) {
        this.status = VisitStatus.CONFIRMED;
        changed(username, at);
    }

    public void markDone(String username, Instant at) {
        this.status = VisitStatus.DONE;
        changed(username, at);
    }

    public void cancel(String reason, String username, Instant at) {
        this.status = VisitStatus.CANCELLED;
        this.cancelReason = reason;
        changed(username, at);
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    public Optional<VisitAgency> agency(String agencyCode) {
        return agencies.stream().filter(a -> a.getAgencyCode().equals(agencyCode)).findFirst();
    }

    /** Whether the agency takes part (lead, accepted or still invited; not declined). */
    public boolean involves(String agencyCode) {
        return agency(agencyCode).filter(a -> a.getResponse() != InvitationResponse.DECLINED).isPresent();
    }

    /**
     * Whether the agency has committed to the visit (it leads, or accepted its invitation): only
     * such an agency records an outcome, so one that was merely invited cannot complete the visit.
     */
    public boolean committed(String agencyCode) {
        return agency(agencyCode).filter(a -> a.getResponse() == InvitationResponse.ACCEPTED).isPresent();
    }

    public Long getId() {
        return id;
    }

    public Business getBusiness() {
        return business;
    }

    public Operation getOperation() {
        return operation;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getRiskNotes() {
        return riskNotes;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public List<VisitAgency> getAgencies() {
        return Collections.unmodifiableList(agencies);
    }

    public List<VisitOfficer> getOfficers() {
        return Collections.unmodifiableList(officers);
    }

    public Set<Long> getReferralIds() {
        return Collections.unmodifiableSet(referralIds);
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
