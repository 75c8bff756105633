package org.eyesandears.agency.model;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A golden indicator: a sign that an officer of one agency can spot for another.
 *
 * <p>Ticking an indicator routes a referral to each of its receiving agencies. The wording is
 * versioned: an edit raises {@code wordingVersion}, and a referral keeps the wording it was made
 * with, so what an officer ticked is never rewritten afterwards.
 */
@Entity
@Table(name = "indicator")
@NamedQuery(name = "Indicator.findAll",
        query = "select distinct i from Indicator i left join fetch i.receivingAgencies"
                + " order by i.concernArea, i.displayOrder")
@NamedQuery(name = "Indicator.findByCode",
        query = "select i from Indicator i left join fetch i.receivingAgencies where i.code = :code")
@NamedQuery(name = "Indicator.findActive",
        query = "select distinct i from Indicator i left join fetch i.receivingAgencies"
                + " where i.active = true order by i.concernArea, i.displayOrder")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    /** The heading the indicator is listed under, e.g. "Fire protection". */
    @Column(name = "concern_area", nullable = false, length = 100)
    private String concernArea;

    @Column(nullable = false, length = 500)
    private String wording;

    /** Advice for officers printed beside the indicator on the card: what to note, what not to do. */
    @Column(length = 1000)
    private String guidance;

    @Column(name = "wording_version", nullable = false)
    private int wordingVersion = 1;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "indicator_receiver",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    @OrderBy("name")
    private Set<Agency> receivingAgencies = new LinkedHashSet<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Indicator() {
        // for JPA
    }

    public Indicator(String code, String concernArea, String wording, int displayOrder) {
        this.code = code;
        this.concernArea = concernArea;
        this.wording = wording;
        this.displayOrder = displayOrder;
    }

    /**
     * Changes the wording; a different text raises the version (referrals already sent keep the
     * words they were sent with). Returns whether the wording changed.
     */
    public boolean reword(String newWording) {
        if (newWording.equals(wording)) {
            return false;
        }
        this.wording = newWording;
        this.wordingVersion++;
        return true;
    }

    /** Sets what does not change the meaning of past referrals: heading, order, guidance, whether offered. */
    public void arrange(String concernArea, int displayOrder, String guidance, boolean active) {
        this.concernArea = concernArea;
        this.displayOrder = displayOrder;
        this.guidance = guidance;
        this.active = active;
    }

    /** The agencies that ticking this indicator routes new referrals to. */
    public void routeTo(java.util.Collection<Agency> agencies) {
        receivingAgencies.clear();
        receivingAgencies.addAll(agencies);
    }

    public String getGuidance() {
        return guidance;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getConcernArea() {
        return concernArea;
    }

    public String getWording() {
        return wording;
    }

    public int getWordingVersion() {
        return wordingVersion;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Agency> getReceivingAgencies() {
        return Set.copyOf(receivingAgencies);
    }
}
