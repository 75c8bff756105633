package org.eyesandears.agency.service;

import org.eyesandears.agency.model.Agency;

/** An agency as shown to users and API clients. */
public record AgencySummary(String code, String name, boolean active) {

    static AgencySummary of(Agency agency) {
        return new AgencySummary(agency.getCode(), agency.getName(), agency.isActive());
    }
}
