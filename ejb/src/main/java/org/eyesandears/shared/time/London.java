package org.eyesandears.shared.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The partnership's local time: times are stored in UTC and shown, and dated, in Europe/London. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    /** Today's date in London by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
