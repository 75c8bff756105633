package org.eyesandears.visit.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A clash warning that a coordinator saw and overrode, with the reason they gave. Never changed. */
@Entity
@Table(name = "visit_clash_override")
public class ClashOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClashKind kind;

    @Column(nullable = false, length = 500)
    private String detail;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "overridden_by", nullable = false, length = 100)
    private String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    private Instant overriddenAt;

    protected ClashOverride() {
        // for JPA
    }

    public ClashOverride(Visit visit, ClashKind kind, String detail, String reason, String overriddenBy,
                         Instant overriddenAt) {
        this.visit = visit;
        this.kind = kind;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }

    public ClashKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }
}
