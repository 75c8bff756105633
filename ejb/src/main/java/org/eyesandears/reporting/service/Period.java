package org.eyesandears.reporting.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eyesandears.shared.time.London;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/** A reporting period: London dates {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) implements Serializable {

    /** The default period's length: four weeks ending today. */
    public static final int DEFAULT_DAYS = 28;

    /** The longest period anyone may ask for: two years. */
    public static final int MAX_DAYS = 731;

    /** The first day a period may start on: the previous period of the longest one still fits the calendar. */
    static final LocalDate EARLIEST = WorkingDayCalendar.FIRST_DAY.plusDays(MAX_DAYS);

    /**
     * The period people asked for, the one rule for every figure, list and export: both days given,
     * or one of them and four weeks from or to it, or neither and the four weeks ending today; the
     * end not before the start, at most {@value #MAX_DAYS} days, and inside the working-day calendar
     * (checked before any date arithmetic, so no typed date can overflow into a server error).
     */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        for (LocalDate day : new LocalDate[] {from, to}) {
            if (day != null && (day.isBefore(EARLIEST) || day.isAfter(WorkingDayCalendar.LAST_DAY))) {
                problems.add(new Violation(day == from ? "from" : "to", "Choose dates between " + EARLIEST
                        + " and " + WorkingDayCalendar.LAST_DAY + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate f = from != null ? from : (to != null ? to : today).minusDays(DEFAULT_DAYS - 1);
        LocalDate t = to != null ? to : from != null ? from.plusDays(DEFAULT_DAYS - 1) : today;
        if (t.isBefore(f)) {
            problems.add(new Violation("to", "The end of the period must not be before its start."));
        } else if (ChronoUnit.DAYS.between(f, t) + 1 > MAX_DAYS) {
            problems.add(new Violation("to", "Choose a period of at most " + MAX_DAYS + " days."));
        }
        if (f.isBefore(EARLIEST) || t.isAfter(WorkingDayCalendar.LAST_DAY)) {
            problems.add(new Violation("from", "Choose dates between " + EARLIEST + " and "
                    + WorkingDayCalendar.LAST_DAY + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Period(f, t);
    }

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
