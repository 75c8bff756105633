package org.eyesandears.business.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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

/**
 * One row of an agency dataset (or one premises typed on a concern card), identified by the
 * agency's own reference within its dataset, and the business it belongs to with how it was
 * linked: method, match probability, who confirmed it and when. What the agency recorded about
 * the premises (record type, status, rating on its own scale, date of the event) is kept as given;
 * {@code adverse} says whether the dataset's rule finds it adverse (ADR 0032). {@code homeBusiness} is the
 * business this record started, if it started one: undoing a link returns the record there.
 */
@Entity
@Table(name = "source_record")
public class SourceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dataset_id", nullable = false)
    private Dataset dataset;

    @Column(name = "external_id", nullable = false, length = 100)
    private String externalId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 500)
    private String address;

    @Column(length = 100)
    private String town;

    @Column(length = 20)
    private String postcode;

    @Column(length = 40)
    private String phone;

    @Column(name = "company_number", length = 20)
    private String companyNumber;

    @Column(length = 20)
    private String uprn;

    @Column(length = 200)
    private String contact;

    @Column(name = "record_type", length = 100)
    private String recordType;

    /** The kind of business, in the agency's own words ("Takeaway/sandwich shop"). */
    @Column(name = "business_type", length = 100)
    private String businessType;

    @Column(length = 100)
    private String status;

    @Column(length = 40)
    private String rating;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(nullable = false)
    private boolean adverse;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", nullable = false)
    private Business business;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_business_id")
    private Business homeBusiness;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_method", nullable = false, length = 20)
    private LinkMethod linkMethod;

    @Column(name = "link_probability")
    private Double linkProbability;

    @Column(name = "linked_by", length = 100)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SourceRecord() {
        // for JPA
    }

    public SourceRecord(Dataset dataset, String externalId, Instant now) {
        this.dataset = dataset;
        this.externalId = externalId;
        this.firstSeenAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the values of a newer row.
     *
     * @return whether anything changed
     */
    public boolean describe(String name, String address, String town, String postcode, String phone,
                            String companyNumber, String uprn, String contact, Instant now) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.address, address)
                || !Objects.equals(this.town, town) || !Objects.equals(this.postcode, postcode)
                || !Objects.equals(this.phone, phone) || !Objects.equals(this.companyNumber, companyNumber)
                || !Objects.equals(this.uprn, uprn) || !Objects.equals(this.contact, contact);
        if (changed) {
            this.name = name;
            this.address = address;
            this.town = town;
            this.postcode = postcode;
            this.phone = phone;
            this.companyNumber = companyNumber;
            this.uprn = uprn;
            this.contact = contact;
            this.updatedAt = now;
        }
        return changed;
    }

    /**
     * Takes what the agency recorded about the premises in a newer row, and whether its dataset's
     * rule finds that adverse.
     *
     * @return whether anything changed
     */
    public boolean record(String recordType, String status, String rating, LocalDate eventDate, boolean adverse,
                          Instant now) {
        boolean changed = !Objects.equals(this.recordType, recordType) || !Objects.equals(this.status, status)
                || !Objects.equals(this.rating, rating) || !Objects.equals(this.eventDate, eventDate)
                || this.adverse != adverse;
        if (changed) {
            this.recordType = recordType;
            this.status = status;
            this.rating = rating;
            this.eventDate = eventDate;
            this.adverse = adverse;
            this.updatedAt = now;
        }
        return changed;
    }

    /** Records which business this record belongs to, and how that was decided. */
    public void linkTo(Business business, LinkMethod method, Double probability, String by, Instant at) {
        this.business = business;
        this.linkMethod = method;
        this.linkProbability = probability;
        this.linkedBy = by;
        this.linkedAt = at;
        if (method == LinkMethod.NEW_BUSINESS || method == LinkMethod.SEPARATED) {
            this.homeBusiness = business;
        }
    }

    public Long getId() {
        return id;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getPhone() {
        return phone;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public String getUprn() {
        return uprn;
    }

    public String getContact() {
        return contact;
    }

    public String getBusinessType() {
        return businessType;
    }

    /**
     * Takes the kind of business a newer row gives, in the agency's words.
     *
     * @return whether it changed
     */
    public boolean typeAs(String businessType, Instant now) {
        if (Objects.equals(this.businessType, businessType)) {
            return false;
        }
        this.businessType = businessType;
        this.updatedAt = now;
        return true;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getStatus() {
        return status;
    }

    public String getRating() {
        return rating;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public boolean isAdverse() {
        return adverse;
    }

    public Business getBusiness() {
        return business;
    }

    public Business getHomeBusiness() {
        return homeBusiness;
    }

    public LinkMethod getLinkMethod() {
        return linkMethod;
    }

    public Double getLinkProbability() {
        return linkProbability;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
