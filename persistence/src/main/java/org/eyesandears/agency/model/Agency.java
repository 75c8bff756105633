package org.eyesandears.agency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner agency: a regulator or enforcement body that sends and receives referrals.
 * The {@code code} is the stable key that identity-provider groups carry in their
 * {@code agency} attribute; the name is for people.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.findAll", query = "select a from Agency a order by a.name")
@NamedQuery(name = "Agency.findByCode", query = "select a from Agency a where a.code = :code")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The name on the printed card and in narrow columns, e.g. "Fire and rescue". */
    @Column(name = "short_name", nullable = false, length = 40)
    private String shortName;

    @Column(nullable = false)
    private boolean active = true;

    /** Working days from routing to the desk's first decision. */
    @Column(name = "triage_target_days", nullable = false)
    private int triageTargetDays = 5;

    /** Working days from routing to feedback for the referring officer. */
    @Column(name = "feedback_target_days", nullable = false)
    private int feedbackTargetDays = 20;

    /** Years a referral this agency wrote is kept after its last activity before it is reviewed. */
    @Column(name = "retention_years", nullable = false)
    private int retentionYears = 6;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Agency() {
        // for JPA
    }

    public Agency(String code, String name) {
        this(code, name, name.length() > 40 ? name.substring(0, 40) : name);
    }

    public Agency(String code, String name, String shortName) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
    }

    /** Renames the agency and sets whether it takes part; the code, which Keycloak groups carry, never changes. */
    public void describe(String name, String shortName, boolean active) {
        this.name = name;
        this.shortName = shortName;
        this.active = active;
    }

    public String getShortName() {
        return shortName;
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

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getTriageTargetDays() {
        return triageTargetDays;
    }

    public int getFeedbackTargetDays() {
        return feedbackTargetDays;
    }

    public int getRetentionYears() {
        return retentionYears;
    }

    /** Sets how many years after their last activity this agency's referrals come up for review. */
    public void changeRetentionYears(int years) {
        this.retentionYears = years;
    }
}
