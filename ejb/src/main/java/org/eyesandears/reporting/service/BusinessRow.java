package org.eyesandears.reporting.service;

/** A business behind the "businesses of interest to several agencies" figure, and how many agencies. */
public record BusinessRow(long id, String name, String postcode, long agencies, String agencyCodes) {
}
