package org.eyesandears.shared.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The partnership's local time: times are stored in UTC and shown, and dated, in Europe/London. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** A moment in full words, as pages and documents say when a visit is: "Monday 7 December 2026, 09:30". */
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.UK).withZone(ZONE);

    /** A date in words: "4 May 2026". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The time of day of a moment: "09:30". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZONE);

    private London() {
    }

    /** Today's date in London by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
