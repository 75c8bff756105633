package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LondonDateTimeConverterTest {

    private final LondonDateTimeConverter converter = new LondonDateTimeConverter();

    @Test
    void showsWinterTimesAsGreenwichMeanTime() {
        assertThat(converter.getAsString(null, null, Instant.parse("2026-12-01T12:05:00Z")))
                .isEqualTo("1 Dec 2026, 12:05");
    }

    @Test
    void showsSummerTimesInBritishSummerTime() {
        assertThat(converter.getAsString(null, null, Instant.parse("2026-07-01T12:05:00Z")))
                .isEqualTo("1 Jul 2026, 13:05");
    }

    @Test
    void showsNothingForNoTime() {
        assertThat(converter.getAsString(null, null, null)).isEmpty();
    }
}
