package org.eyesandears.agency.model;

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
import jakarta.persistence.Version;

/**
 * A sharing agreement for one direction between two agencies: whether the referring agency
 * ({@code from}) may refer to the receiving one ({@code to}), under which legal gateway, what the
 * receiver may disclose back (its feedback level), when it is in force and where the signed
 * document is. Routing, feedback and the API all obey the agreement in force.
 */
@Entity
@Table(name = "sharing_agreement")
@NamedQuery(name = "SharingAgreement.findAll",
        query = "select a from SharingAgreement a order by a.fromAgency, a.toAgency")
@NamedQuery(name = "SharingAgreement.findPair",
        query = "select a from SharingAgreement a where a.fromAgency = :from and a.toAgency = :to")
public class SharingAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_agency", nullable = false, length = 40, updatable = false)
    private String fromAgency;

    @Column(name = "to_agency", nullable = false, length = 40, updatable = false)
    private String toAgency;

    @Column(name = "may_refer", nullable = false)
    private boolean mayRefer;

    @Column(nullable = false, length = 200)
    private String gateway;

    @Column(name = "gateway_reference", nullable = false, length = 100)
    private String gatewayReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure_level", nullable = false, length = 20)
    private FeedbackLevel disclosureLevel;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "document_reference", nullable = false, length = 100)
    private String documentReference;

    @Column(name = "shares_interest", nullable = false)
    private boolean sharesInterest;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SharingAgreement() {
        // for JPA
    }

    public SharingAgreement(String fromAgency, String toAgency) {
        this.fromAgency = fromAgency;
        this.toAgency = toAgency;
    }

    /** Replaces the terms (the pair stays). */
    public void setTerms(boolean mayRefer, String gateway, String gatewayReference, FeedbackLevel disclosureLevel,
                         LocalDate startsOn, LocalDate endsOn, String documentReference, boolean sharesInterest) {
        this.mayRefer = mayRefer;
        this.sharesInterest = sharesInterest;
        this.gateway = gateway;
        this.gatewayReference = gatewayReference;
        this.disclosureLevel = disclosureLevel;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.documentReference = documentReference;
    }

    /** In force on the day: started, not ended (the end date is the last day in force). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
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

    public boolean isMayRefer() {
        return mayRefer;
    }

    /** Whether the receiving agency may know, by name, that the referring one has an interest in a business. */
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

    public long getLockVersion() {
        return lockVersion;
    }
}
