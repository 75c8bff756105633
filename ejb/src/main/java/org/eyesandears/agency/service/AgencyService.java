package org.eyesandears.agency.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.model.RetentionPeriodChange;
import org.eyesandears.agency.repository.AgencyRepository;
import org.eyesandears.agency.repository.IndicatorRepository;
import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.shared.security.CurrentCaller;
import org.eyesandears.shared.security.Roles;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * Partner agencies and golden indicators: reference data that every signed-in user may read.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.DESK, Roles.COORDINATOR, Roles.MANAGER, Roles.ANALYST,
        Roles.ADMIN, Roles.AUDITOR})
public class AgencyService {

    @Inject
    AgencyRepository agencies;

    @Inject
    IndicatorRepository indicators;

    @Inject
    AuditService audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** All agencies, by name. */
    public List<AgencySummary> listAgencies() {
        return agencies.findAll().stream().map(AgencySummary::of).toList();
    }

    /** Agencies by code, with their service levels and feedback limits. */
    public Map<String, AgencySummary> agenciesByCode() {
        return agencies.findAll().stream().collect(Collectors.toMap(Agency::getCode, AgencySummary::of));
    }

    /** Agency names by code, for showing the codes that other contexts store. */
    public Map<String, String> agencyNames() {
        return agencies.findAll().stream().collect(Collectors.toMap(Agency::getCode, Agency::getName));
    }

    /** The fewest and most years an agency may keep referrals before their review. */
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 100;

    /**
     * Sets how many years after their last activity an agency's referrals come up for review
     * (administrators only). Review dates follow at once (they are worked out from it, see
     * RetentionService), except for referrals a manager already kept to a later date. Audited as
     * an alteration with the old and new number and the administrator's reason.
     */
    @RolesAllowed(Roles.ADMIN)
    public AgencySummary setRetentionYears(String code, Integer years, String reason) {
        List<Violation> problems = new ArrayList<>();
        Agency agency = code == null ? null : agencies.findByCode(code).orElse(null);
        if (agency == null) {
            problems.add(new Violation("agency", "There is no agency with the code " + code + "."));
        }
        if (years == null || years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS) {
            problems.add(new Violation("years", "Give a whole number of years from " + MIN_RETENTION_YEARS + " to "
                    + MAX_RETENTION_YEARS + "."));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "Say why the period changes (for the audit trail)."));
        } else if (reason.length() > 500) {
            problems.add(new Violation("reason", "At most 500 characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int before = agency.getRetentionYears();
        agency.changeRetentionYears(years);
        // The reason is free text: it is kept with the change; the audit record names the change (ADR 0018).
        RetentionPeriodChange change = new RetentionPeriodChange(agency.getCode(), before, years, reason.trim(),
                currentCaller.get().username(), clock.instant());
        em.persist(change);
        audit.record(AuditOperation.ALTERATION, AuditObject.AGENCY, agency.getCode(),
                "retention period " + before + " -> " + years + " years", "given in retention period change "
                        + change.getId());
        return AgencySummary.of(agency);
    }

    /** Active golden indicators, grouped by concern area in display order. */
    public List<IndicatorSummary> listIndicators() {
        return indicators.findActive().stream().map(IndicatorSummary::of).toList();
    }
}
