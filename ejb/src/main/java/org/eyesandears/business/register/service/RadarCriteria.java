package org.eyesandears.business.register.service;

import java.time.LocalDate;

/**
 * What the business radar searches by; every criterion is optional. {@code name} matches the
 * register name or any record's name, {@code postcode} the full postcode, {@code district} the
 * outward code ("LU1"), {@code datasetId} businesses with a record from that dataset, and
 * {@code from}/{@code to} businesses with a record first seen in those days (London time),
 * {@code businessType} businesses of that kind (a {@link BusinessTypes} code).
 */
public record RadarCriteria(String name, String postcode, String district, Long datasetId, LocalDate from,
                            LocalDate to, String businessType) {
}
