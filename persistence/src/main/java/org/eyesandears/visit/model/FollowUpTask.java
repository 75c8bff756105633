package org.eyesandears.visit.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Work a visit leaves behind for a named owner, listed on their home page until done. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    protected FollowUpTask() {
        // for JPA
    }

    public FollowUpTask(Visit visit, String agencyCode, String description, String owner, LocalDate dueOn,
                        String createdBy, Instant createdAt) {
        this.visit = visit;
        this.agencyCode = agencyCode;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void done(String username, Instant at) {
        this.doneAt = at;
        this.doneBy = username;
    }

    public Long getId() {
        return id;
    }

    public Visit getVisit() {
        return visit;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
