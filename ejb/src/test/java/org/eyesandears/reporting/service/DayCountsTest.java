package org.eyesandears.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayCountsTest {

    private static DayCounts of(long... values) {
        DayCounts counts = new DayCounts();
        for (long v : values) {
            counts.add(v, 1);
        }
        return counts;
    }

    @Test
    void percentilesInterpolateLikePercentileCont() {
        assertThat(of(2, 5).percentile(0.5)).isEqualTo(3.5);
        assertThat(of(2, 5).percentile(0.9)).isEqualTo(4.7);
        assertThat(of(0, 0, 1, 2, 5, 9).percentile(0.5)).isEqualTo(1.5);
        assertThat(of(9, 5, 2, 1, 0, 0).percentile(0.9)).isEqualTo(7.0);
        assertThat(of(10, 13, 14, 22).percentile(0.9)).isEqualTo(19.6);
        assertThat(of(13).percentile(0.9)).isEqualTo(13.0);
        assertThat(of().percentile(0.5)).isNull();
    }

    @Test
    void countsWithManyRoutingsPerValueGiveTheSameAnswer() {
        DayCounts grouped = new DayCounts();
        grouped.add(1, 3);
        grouped.add(4, 1);
        assertThat(grouped.percentile(0.5)).isEqualTo(of(1, 1, 1, 4).percentile(0.5)).isEqualTo(1.0);
        assertThat(grouped.percentile(0.9)).isEqualTo(of(1, 1, 1, 4).percentile(0.9));
        assertThat(grouped.atMost(1)).isEqualTo(3);
        assertThat(grouped.atMost(0)).isZero();
        assertThat(grouped.total()).isEqualTo(4);
    }
}
