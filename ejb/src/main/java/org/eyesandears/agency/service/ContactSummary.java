package org.eyesandears.agency.service;

import java.io.Serializable;
import org.eyesandears.agency.model.AgencyContact;

/** A contact point of an agency for an area, as the Concern Card and the admin pages show it. */
public record ContactSummary(long id, String agencyCode, String agencyName, String name, String phone, String email,
                             String area, String postcodeDistricts, boolean active, long version) implements Serializable {

    static ContactSummary of(AgencyContact c) {
        return new ContactSummary(c.getId(), c.getAgency().getCode(), c.getAgency().getName(), c.getName(),
                c.getPhone(), c.getEmail(), c.getArea(), c.getPostcodeDistricts(), c.isActive(), c.getLockVersion());
    }
}
