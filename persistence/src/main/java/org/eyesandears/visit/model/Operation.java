package org.eyesandears.visit.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named week of action: many visits over a period and area, with its own lead agency. */
@Entity
@Table(name = "operation")
public class Operation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "lead_agency", nullable = false, length = 40)
    private String leadAgency;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(length = 200)
    private String area;

    @Column(length = 2000)
    private String description;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Operation() {
        // for JPA
    }

    public Operation(String name, String leadAgency, LocalDate startsOn, LocalDate endsOn, String area,
                     String description, String createdBy, Instant createdAt) {
        this.name = name;
        this.leadAgency = leadAgency;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.area = area;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getArea() {
        return area;
    }

    public String getDescription() {
        return description;
    }
}
