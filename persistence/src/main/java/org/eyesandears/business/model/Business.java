package org.eyesandears.business.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A business at its premises, as the register knows it. {@code confirmed} is false for premises
 * first entered on a concern card, until a linkage analyst matches or confirms them. A business
 * found to be the same as another is merged into it ({@code mergedInto}) rather than deleted, so
 * the referrals made against it stay attached to it and follow it if the link is undone.
 */
@Entity
@Table(name = "business")
public class Business {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trading_name", nullable = false, length = 200)
    private String tradingName;

    @Column(name = "address_line1", length = 200)
    private String addressLine1;

    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @Column(length = 100)
    private String town;

    @Column(length = 8)
    private String postcode;

    @Column(length = 30)
    private String phone;

    @Column(name = "company_number", length = 8)
    private String companyNumber;

    @Column(length = 12)
    private String uprn;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", length = 30)
    private BusinessType businessType;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private Business mergedInto;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Business() {
        // for JPA
    }

    /** New premises as an officer entered them: unconfirmed until the analysts look at them. */
    public static Business unconfirmed(String tradingName, String addressLine1, String addressLine2,
                                       String town, String postcode, String phone,
                                       String companyNumber, String uprn, String createdBy,
                                       Instant createdAt) {
        Business b = new Business();
        b.tradingName = tradingName;
        b.addressLine1 = addressLine1;
        b.addressLine2 = addressLine2;
        b.town = town;
        b.postcode = postcode;
        b.phone = phone;
        b.companyNumber = companyNumber;
        b.uprn = uprn;
        b.confirmed = false;
        b.createdBy = createdBy;
        b.createdAt = createdAt;
        return b;
    }

    /** A business first met in an agency dataset, described by that record. */
    public static Business fromDataset(String tradingName, String addressLine1, String town,
                                       String postcode, String phone, String companyNumber,
                                       String uprn, String createdBy, Instant createdAt) {
        Business b = unconfirmed(tradingName, addressLine1, null, town, postcode, phone,
                companyNumber, uprn, createdBy, createdAt);
        b.confirmed = true;
        return b;
    }

    /** Joins this business to {@code target}; null separates it again. */
    public void mergeInto(Business target) {
        this.mergedInto = target;
        if (target != null) {
            this.confirmed = true;
        }
    }

    public Business getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getTradingName() {
        return tradingName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
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

    public boolean isConfirmed() {
        return confirmed;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    /** Sets the business's type (from the concern card, or an agency's record when it has none yet). */
    public void classify(BusinessType businessType) {
        this.businessType = businessType;
    }
}
