package org.eyesandears.agency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A point of contact of an agency for an area: a team or role (not a person's private details),
 * with a phone number and e-mail address, and the postcode districts it covers when the agency
 * splits its work by area. Printed on the Concern Card.
 */
@Entity
@Table(name = "agency_contact")
@NamedQuery(name = "AgencyContact.findAll",
        query = "select c from AgencyContact c join fetch c.agency order by c.agency.name, c.area, c.name")
public class AgencyContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    /** The team or role, e.g. "Fire protection hub". */
    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String area;

    /** Outward codes separated by spaces, e.g. "LU1 LU2"; null when the contact covers the whole area. */
    @Column(name = "postcode_districts", length = 300)
    private String postcodeDistricts;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AgencyContact() {
        // for JPA
    }

    public AgencyContact(Agency agency) {
        this.agency = agency;
    }

    /** Sets every detail of the contact point. */
    public void describe(Agency agency, String name, String phone, String email, String area, String postcodeDistricts,
                         boolean active) {
        this.agency = agency;
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.area = area;
        this.postcodeDistricts = postcodeDistricts;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getArea() {
        return area;
    }

    public String getPostcodeDistricts() {
        return postcodeDistricts;
    }

    public boolean isActive() {
        return active;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
