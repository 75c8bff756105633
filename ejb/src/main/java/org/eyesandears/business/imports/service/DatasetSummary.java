package org.eyesandears.business.imports.service;

/** An agency dataset: whose, what it is called, its saved column mapping, how many records it has. */
public record DatasetSummary(long id, String agencyCode, String agencyName, String name, String columnMap,
                             long records) {

    /** "Food safety: FHRS establishments". */
    public String label() {
        return agencyName + ": " + name;
    }
}
