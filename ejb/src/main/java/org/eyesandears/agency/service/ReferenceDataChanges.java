package org.eyesandears.agency.service;

import java.util.List;

/**
 * What an administrator sends to add or change reference data. On a change, {@code expectedVersion}
 * is the version the administrator read; a stale one is refused as a concurrent change.
 */
public final class ReferenceDataChanges {

    private ReferenceDataChanges() {
    }

    /** An agency: its code is set once, when it is added. */
    public record AgencyChange(String code, String name, String shortName, Boolean active, Long expectedVersion) {
    }

    /** A golden indicator: a new wording raises its wording version; referrals already sent keep theirs. */
    public record IndicatorChange(String code, String concernArea, String wording, String guidance,
                                  Integer displayOrder, List<String> receivingAgencies, Boolean active,
                                  Long expectedVersion) {
    }

    /** A contact point of an agency for an area. */
    public record ContactChange(String agency, String name, String phone, String email, String area,
                                String postcodeDistricts, Boolean active, Long expectedVersion) {
    }

    /** An entry of the powers directory. */
    public record PowerChange(String agency, String kind, String title, String legalBasis, String notes,
                              Boolean active, Long expectedVersion) {
    }
}
