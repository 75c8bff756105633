package org.eyesandears.agency.model;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A power an agency holds (entry without warrant, closure, prohibition, access to pay records,
 * director disqualification ...), with the provision it comes from. The directory is advice for
 * planning who leads a joint visit, not legal advice: the conditions are in the provision.
 */
@Entity
@Table(name = "agency_power")
@NamedQuery(name = "AgencyPower.findAll",
        query = "select p from AgencyPower p join fetch p.agency order by p.agency.name, p.kind, p.title")
public class AgencyPower {

    /** What kind of power it is; the lead-agency suggestion weighs them by the visit's purpose. */
    public enum Kind {
        ENTRY_WITHOUT_WARRANT, INSPECTION, PAY_RECORDS, CLOSURE, PROHIBITION, LICENCE_REVIEW, CIVIL_PENALTY,
        SEIZURE, ARREST, DIRECTOR_DISQUALIFICATION, WINDING_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    @Column(length = 1000)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AgencyPower() {
        // for JPA
    }

    public AgencyPower(Agency agency) {
        this.agency = agency;
    }

    /** Sets every detail of the power. */
    public void describe(Agency agency, Kind kind, String title, String legalBasis, String notes, boolean active) {
        this.agency = agency;
        this.kind = kind;
        this.title = title;
        this.legalBasis = legalBasis;
        this.notes = notes;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isActive() {
        return active;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
