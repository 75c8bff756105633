package org.eyesandears.agency.service;

import java.io.Serializable;
import org.eyesandears.agency.model.AgencyPower;

/** One entry of the directory of agencies' powers. */
public record PowerSummary(long id, String agencyCode, String agencyName, String kind, String title, String legalBasis,
                           String notes, boolean active, long version) implements Serializable {

    static PowerSummary of(AgencyPower p) {
        return new PowerSummary(p.getId(), p.getAgency().getCode(), p.getAgency().getName(), p.getKind().name(),
                p.getTitle(), p.getLegalBasis(), p.getNotes(), p.isActive(), p.getLockVersion());
    }
}
