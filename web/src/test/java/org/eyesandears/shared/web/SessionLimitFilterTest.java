package org.eyesandears.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionLimitFilterTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void aSessionEndsWhenItsAbsoluteLimitIsReachedHoweverActive() {
        Duration tenHours = Duration.ofHours(10);

        assertThat(SessionLimitFilter.expired(NINE.toEpochMilli(), NINE.plus(Duration.ofHours(9)), tenHours)).isFalse();
        assertThat(SessionLimitFilter.expired(NINE.toEpochMilli(), NINE.plus(tenHours), tenHours)).isTrue();
        assertThat(SessionLimitFilter.expired(NINE.toEpochMilli(), NINE.plus(Duration.ofDays(2)), tenHours)).isTrue();
    }

    @Test
    void theLimitIsTenHoursUnlessAPositiveNumberOfHoursIsSet() {
        assertThat(SessionLimitFilter.maximumAge(null)).isEqualTo(Duration.ofHours(10));
        assertThat(SessionLimitFilter.maximumAge(" 8 ")).isEqualTo(Duration.ofHours(8));
        assertThat(SessionLimitFilter.maximumAge("0")).isEqualTo(Duration.ofHours(10));
        assertThat(SessionLimitFilter.maximumAge("eight")).isEqualTo(Duration.ofHours(10));
    }
}
