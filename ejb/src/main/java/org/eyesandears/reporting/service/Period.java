package org.eyesandears.reporting.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.eyesandears.shared.time.London;

/** A reporting period: London dates {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** The instant London's {@code from} day begins. */
    public Instant start() {
        return from.atStartOfDay(London.ZONE).toInstant();
    }

    /** The instant after the period: London's day after {@code to} begins. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(London.ZONE).toInstant();
    }
}
