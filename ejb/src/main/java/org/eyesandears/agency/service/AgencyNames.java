package org.eyesandears.agency.service;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eyesandears.agency.model.Agency;
import org.eyesandears.agency.repository.AgencyRepository;

/**
 * Agency names by code, for the services of other contexts that show the codes they store. Used
 * inside the calling service's access check, also by those that run with no role (a calendar
 * feed is read with its secret address only); pages use {@link AgencyService}.
 */
@ApplicationScoped
public class AgencyNames {

    @Inject
    AgencyRepository agencies;

    /** Every agency's name by its code. */
    public Map<String, String> byCode() {
        return agencies.findAll().stream().collect(Collectors.toMap(Agency::getCode, Agency::getName));
    }

    /** One agency's name. */
    public Optional<String> of(String code) {
        return agencies.findByCode(code).map(Agency::getName);
    }
}
