package org.eyesandears.business.register.service;

import java.time.Instant;

/** A business in radar results: where it is, how many records and agencies know it. */
public record BusinessHit(long id, String name, String address, String town, String postcode, boolean confirmed,
                          long records, long agencies, Instant firstSeen) {
}
