package org.eyesandears.business.imports.service;

import java.io.Serializable;

/**
 * An agency dataset: whose, what it is called, its saved column mapping, the agency's rule for adverse
 * records (values, and months an adverse record counts; ADR 0032), how many records it has.
 */
public record DatasetSummary(long id, String agencyCode, String agencyName, String name, String columnMap,
                             String adverseValues, int adverseMonths, long records) implements Serializable {

    /** "Food safety: FHRS establishments". */
    public String label() {
        return agencyName + ": " + name;
    }
}
