package org.eyesandears.agency.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.repository.AgencyRepository;
import org.eyesandears.agency.repository.IndicatorRepository;
import org.eyesandears.shared.security.Roles;

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

    /** Active golden indicators, grouped by concern area in display order. */
    public List<IndicatorSummary> listIndicators() {
        return indicators.findActive().stream().map(IndicatorSummary::of).toList();
    }
}
