package org.eyesandears.referral.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eyesandears.business.model.Business;
import org.hibernate.annotations.BatchSize;

/**
 * A concern an officer logged against a business after a visit: what they saw, graded, with the
 * golden indicators they ticked as worded at the time, routed to each receiving agency.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id")
    private Business business;

    @Column(name = "author_username", nullable = false, length = 100)
    private String authorUsername;

    @Column(name = "author_agency_code", nullable = false, length = 40)
    private String authorAgencyCode;

    /** The author's team when they submitted it (null: no team recorded); set once, see V75. */
    @Column(name = "author_team", length = 100)
    private String authorTeam;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "visit_reason", length = 500)
    private String visitReason;

    @Column(nullable = false, length = 4000)
    private String observation;

    @Column(name = "other_concern", length = 1000)
    private String otherConcern;

    @Column(name = "other_concern_agency_code", length = 40)
    private String otherConcernAgencyCode;

    @Embedded
    private Grading grading;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** Seconds from opening the card to sending it, as the officer's browser measured them; null if not. */
    @Column(name = "compose_seconds")
    private Integer composeSeconds;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    /** Loaded for many referrals at once when a list shows them (inbox, My referrals). */
    @ElementCollection
    @CollectionTable(name = "referral_indicator", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<ReferralIndicator> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_person", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    private List<PersonInvolved> people = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
    @OrderBy("agencyCode")
    @BatchSize(size = 50)
    private List<Routing> routings = new ArrayList<>();

    @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    /** The next review date a manager set when keeping the referral; null: computed from activity. */
    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "review_due", nullable = false)
    private boolean reviewDue;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "review_reason", length = 500)
    private String reviewReason;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by", length = 100)
    private String erasedBy;

    @Column(name = "erasure_reason", length = 500)
    private String erasureReason;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Referral() {
        // for JPA
    }

    public Referral(String reference, Business business, String authorUsername, String authorAgencyCode,
                    LocalDate visitDate, String visitReason, String observation, String otherConcern,
                    String otherConcernAgencyCode, Grading grading, Urgency urgency,
                    Instant submittedAt, String idempotencyKey) {
        this.reference = reference;
        this.business = business;
        this.authorUsername = authorUsername;
        this.authorAgencyCode = authorAgencyCode;
        this.visitDate = visitDate;
        this.visitReason = visitReason;
        this.observation = observation;
        this.otherConcern = otherConcern;
        this.otherConcernAgencyCode = otherConcernAgencyCode;
        this.grading = grading;
        this.urgency = urgency;
        this.submittedAt = submittedAt;
        this.idempotencyKey = idempotencyKey;
    }

    /** Records the author's team at submission (from the identity provider). */
    public void recordAuthorTeam(String team) {
        this.authorTeam = team == null || team.isBlank() ? null : team.trim();
    }

    public String getAuthorTeam() {
        return authorTeam;
    }

    /** Records how long the card was open before it was sent (already checked; null: not measured). */
    public void recordComposeSeconds(Integer seconds) {
        this.composeSeconds = seconds;
    }

    public Integer getComposeSeconds() {
        return composeSeconds;
    }

    public void addIndicator(ReferralIndicator indicator) {
        indicators.add(indicator);
    }

    public void addPerson(PersonInvolved person) {
        people.add(person);
    }

    /**
     * Routes the referral to an agency's desk, due for a first decision and for feedback on the
     * given dates; returns the routing, or empty when the agency already has one.
     */
    public java.util.Optional<Routing> routeTo(String agencyCode, Instant now, LocalDate firstDecisionDue,
                                               LocalDate feedbackDue, Routing referredFrom) {
        if (routings.stream().anyMatch(r -> r.getAgencyCode().equals(agencyCode))) {
            return java.util.Optional.empty();
        }
        Routing routing = new Routing(this, agencyCode, now, firstDecisionDue, feedbackDue, referredFrom);
        routings.add(routing);
        return java.util.Optional.of(routing);
    }

    /** Attaches a stored file (see {@link Attachment}). */
    public Attachment attach(String fileName, String contentType, long sizeBytes, String sha256,
                             String storageKey, Instant now, String uploadedBy) {
        Attachment attachment = new Attachment(this, fileName, contentType, sizeBytes, sha256, storageKey,
                now, uploadedBy);
        attachments.add(attachment);
        return attachment;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Business getBusiness() {
        return business;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorAgencyCode() {
        return authorAgencyCode;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getVisitReason() {
        return visitReason;
    }

    public String getObservation() {
        return observation;
    }

    public String getOtherConcern() {
        return otherConcern;
    }

    public String getOtherConcernAgencyCode() {
        return otherConcernAgencyCode;
    }

    public Grading getGrading() {
        return grading;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<ReferralIndicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<PersonInvolved> getPeople() {
        return List.copyOf(people);
    }

    public List<Routing> getRoutings() {
        return List.copyOf(routings);
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /** Detaches an attachment being erased; the caller removes the row and the file. */
    public void removeAttachment(Attachment attachment) {
        attachments.remove(attachment);
    }

    /** Flags the referral for its agency's review queue. */
    public void markDue() {
        this.reviewDue = true;
    }

    /** Keeps the referral until the given date, for the given reason. */
    public void keep(LocalDate until, String reason, String by, Instant at) {
        this.reviewOn = until;
        this.reviewDue = false;
        this.reviewReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /**
     * Removes the personal content: observation, visit reason, other concern, handling conditions,
     * the people involved and the desks' free text. Attachments are removed by the caller (their
     * files live outside the database). What is left is the tombstone.
     */
    public void erase(String reason, String by, Instant at) {
        this.observation = "";
        this.visitReason = null;
        this.otherConcern = null;
        this.grading = grading == null ? null : grading.withoutConditions();
        this.people.clear();
        this.routings.forEach(Routing::eraseText);
        this.reviewDue = false;
        this.erasureReason = reason;
        this.erasedBy = by;
        this.erasedAt = at;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * The conditions every reader must observe when the referral is graded C (lawful sharing with
     * conditions); null for handling code P, ungraded referrals and erased ones (erasure removes the text).
     */
    public String getHandlingConditions() {
        return grading == null ? null : handlingConditions(grading.getHandling(), grading.getConditions());
    }

    /** The London day of the erasure, for the tombstone label of lists; null while the referral is live. */
    public LocalDate getErasedOn() {
        return erasedOn(erasedAt);
    }

    /**
     * The conditions every reader must see: those of a referral graded C, else none. Static for the
     * list queries that select the grading's columns rather than the referral.
     */
    public static String handlingConditions(HandlingCode handling, String conditions) {
        return handling == HandlingCode.C ? conditions : null;
    }

    /** The London day of an erasure instant; null for none. */
    public static LocalDate erasedOn(Instant erasedAt) {
        return erasedAt == null ? null : erasedAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public boolean isReviewDue() {
        return reviewDue;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public String getErasureReason() {
        return erasureReason;
    }
}
