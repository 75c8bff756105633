package org.eyesandears.agency.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One entry of a sharing agreement's history: the terms as an administrator recorded, changed or
 * ended them, who and when. Entries are only ever added.
 */
@Entity
@Table(name = "sharing_agreement_change")
@NamedQuery(name = "SharingAgreementChange.findPair",
        query = "select c from SharingAgreementChange c where c.fromAgency = :from and c.toAgency = :to"
                + " order by c.changedAt desc, c.id desc")
public class SharingAgreementChange {

    /** What the administrator did. */
    public enum Kind {
        RECORDED, CHANGED, ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_agency", nullable = false, length = 40, updatable = false)
    private String fromAgency;

    @Column(name = "to_agency", nullable = false, length = 40, updatable = false)
    private String toAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "may_refer", nullable = false, updatable = false)
    private boolean mayRefer;

    @Column(name = "shares_interest", nullable = false, updatable = false)
    private boolean sharesInterest;

    @Column(nullable = false, length = 200, updatable = false)
    private String gateway;

    @Column(name = "gateway_reference", nullable = false, length = 100, updatable = false)
    private String gatewayReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure_level", nullable = false, length = 20, updatable = false)
    private FeedbackLevel disclosureLevel;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", updatable = false)
    private LocalDate endsOn;

    @Column(name = "document_reference", nullable = false, length = 100, updatable = false)
    private String documentReference;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected SharingAgreementChange() {
        // for JPA
    }

    /** The agreement's terms as they are now, recorded as {@code kind} by {@code by} at {@code at}. */
    public SharingAgreementChange(SharingAgreement a, Kind kind, String by, Instant at) {
        this.fromAgency = a.getFromAgency();
        this.toAgency = a.getToAgency();
        this.kind = kind;
        this.mayRefer = a.isMayRefer();
        this.sharesInterest = a.isSharesInterest();
        this.gateway = a.getGateway();
        this.gatewayReference = a.getGatewayReference();
        this.disclosureLevel = a.getDisclosureLevel();
        this.startsOn = a.getStartsOn();
        this.endsOn = a.getEndsOn();
        this.documentReference = a.getDocumentReference();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getFromAgency() {
        return fromAgency;
    }

    public String getToAgency() {
        return toAgency;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isMayRefer() {
        return mayRefer;
    }

    public boolean isSharesInterest() {
        return sharesInterest;
    }

    public String getGateway() {
        return gateway;
    }

    public String getGatewayReference() {
        return gatewayReference;
    }

    public FeedbackLevel getDisclosureLevel() {
        return disclosureLevel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
