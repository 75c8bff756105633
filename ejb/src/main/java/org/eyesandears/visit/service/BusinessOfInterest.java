package org.eyesandears.visit.service;

import java.io.Serializable;
import java.util.List;

/**
 * A business of interest to two or more agencies (ADR 0032) with no visit planned; {@code businessType}
 * its kind in words, or null; {@code agencyNames} the interested agencies the reader may name, then
 * "Other agencies ..." for the rest (ADR 0017).
 */
public record BusinessOfInterest(long businessId, String businessName, String postcode, long agencies,
                                 String businessType, List<String> agencyNames) implements Serializable {

    public BusinessOfInterest {
        agencyNames = List.copyOf(agencyNames);
    }
}
