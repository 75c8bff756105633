package org.eyesandears.business.register.service;

import java.io.Serializable;
import java.time.Instant;

/** A business in radar results: where it is, what kind, how many records list it and agencies have an interest. */
public record BusinessHit(long id, String name, String address, String town, String postcode, boolean confirmed,
                          long records, long agencies, Instant firstSeen, String businessType) implements Serializable {
}
