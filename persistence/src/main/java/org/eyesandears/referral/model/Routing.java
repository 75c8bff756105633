package org.eyesandears.referral.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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

/** A referral's passage to one receiving agency, worked by that agency's intelligence desk. */
@Entity
@Table(name = "routing")
public class Routing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoutingStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The referral's urgency, kept here so the inbox's order has an index (never changes). */
    @Column(nullable = false)
    private boolean urgent;

    /** The desk officer working it, once someone has taken it. */
    @Column(length = 100)
    private String assignee;

    @Column(name = "first_decision_due", nullable = false)
    private LocalDate firstDecisionDue;

    @Column(name = "feedback_due", nullable = false)
    private LocalDate feedbackDue;

    @Column(name = "first_decision_at")
    private Instant firstDecisionAt;

    /** The desk's question to the referring officer (INFO_REQUESTED), and the answer. */
    @Column(length = 2000)
    private String question;

    @Column(length = 2000)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Usefulness usefulness;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_category", length = 40)
    private OutcomeCategory outcomeCategory;

    @Column(name = "feedback_comment", length = 2000)
    private String feedbackComment;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    /** The routing this one was referred on from, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referred_from_routing_id")
    private Routing referredFrom;

    /** Who changed it last and when, to tell a colleague whose change won. */
    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Routing() {
        // for JPA
    }

    Routing(Referral referral, String agencyCode, Instant createdAt, LocalDate firstDecisionDue,
            LocalDate feedbackDue, Routing referredFrom) {
        this.referral = referral;
        this.agencyCode = agencyCode;
        this.urgent = referral.getUrgency() == Urgency.URGENT;
        this.status = RoutingStatus.NEW;
        this.createdAt = createdAt;
        this.firstDecisionDue = firstDecisionDue;
        this.feedbackDue = feedbackDue;
        this.referredFrom = referredFrom;
    }

    /**
     * Moves the routing to {@code to}; the triage policy has allowed the move. The first move out
     * of review is the desk's first decision, which the service levels measure.
     */
    public void move(RoutingStatus to, String by, Instant at) {
        if (status == RoutingStatus.IN_REVIEW && firstDecisionAt == null) {
            firstDecisionAt = at;
        }
        if (to == RoutingStatus.IN_REVIEW && assignee == null) {
            assignee = by;
        }
        status = to;
        touch(by, at);
    }

    public void assign(String assignee, String by, Instant at) {
        this.assignee = assignee;
        touch(by, at);
    }

    public void ask(String question, String by, Instant at) {
        this.question = question;
        this.answer = null;
        touch(by, at);
    }

    public void answer(String answer, String by, Instant at) {
        this.answer = answer;
        touch(by, at);
    }

    public void giveFeedback(Usefulness usefulness, OutcomeCategory outcome, String comment, String by,
                             Instant at) {
        this.usefulness = usefulness;
        this.outcomeCategory = outcome;
        this.feedbackComment = comment;
        this.feedbackAt = at;
        touch(by, at);
    }

    public boolean hasFeedback() {
        return feedbackAt != null;
    }

    /** Removes the desk's free text (question, answer, feedback comment) when the referral is erased. */
    void eraseText() {
        this.question = null;
        this.answer = null;
        this.feedbackComment = null;
    }

    private void touch(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Referral getReferral() {
        return referral;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public RoutingStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getFirstDecisionDue() {
        return firstDecisionDue;
    }

    public LocalDate getFeedbackDue() {
        return feedbackDue;
    }

    public Instant getFirstDecisionAt() {
        return firstDecisionAt;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Usefulness getUsefulness() {
        return usefulness;
    }

    public OutcomeCategory getOutcomeCategory() {
        return outcomeCategory;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public Routing getReferredFrom() {
        return referredFrom;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
