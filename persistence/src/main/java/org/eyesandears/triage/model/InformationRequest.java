package org.eyesandears.triage.model;

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

import org.eyesandears.business.model.Business;
import org.eyesandears.referral.model.Usefulness;

/**
 * One agency's desk asking another's for what it knows about a business, under their sharing
 * agreement: a question with a due date, the answer (or a refusal with its reason), and how useful
 * the asking desk found it. Worked by desks only.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    /** Where a request stands. */
    public enum Status {
        OPEN, ANSWERED, DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "business_id")
    private Business business;

    @Column(name = "from_agency", nullable = false, length = 40)
    private String fromAgency;

    @Column(name = "to_agency", nullable = false, length = 40)
    private String toAgency;

    @Column(name = "asked_by", nullable = false, length = 100)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** The answer, or the reason for declining. */
    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Usefulness usefulness;

    @Column(name = "rated_by", length = 100)
    private String ratedBy;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected InformationRequest() {
        // for JPA
    }

    public InformationRequest(Business business, String fromAgency, String toAgency, String askedBy, Instant askedAt,
                              String question, LocalDate dueOn) {
        this.business = business;
        this.fromAgency = fromAgency;
        this.toAgency = toAgency;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.question = question;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
    }

    /** The asked desk answers, or declines with its reason. */
    public void answer(boolean declined, String text, String username, Instant at) {
        this.status = declined ? Status.DECLINED : Status.ANSWERED;
        this.answer = text;
        this.answeredBy = username;
        this.answeredAt = at;
    }

    /** The asking desk says how useful the answer was (again to correct it). */
    public void rate(Usefulness rating, String username, Instant at) {
        this.usefulness = rating;
        this.ratedBy = username;
        this.ratedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Business getBusiness() {
        return business;
    }

    public String getFromAgency() {
        return fromAgency;
    }

    public String getToAgency() {
        return toAgency;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getQuestion() {
        return question;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Usefulness getUsefulness() {
        return usefulness;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
