package org.eyesandears.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VisitStatsQueriesTest {

    @Test
    void theMeanNumberOfAgenciesIsWeightedByVisitsAndRoundedToOneDecimal() {
        // 1 visit of 2 agencies and 2 of 3: 8 agencies over 3 visits = 2.666...
        assertThat(VisitStatsQueries.mean(List.of(new VisitFigures.SizeCount(2, 1), new VisitFigures.SizeCount(3, 2))))
                .isEqualTo(2.7);
        assertThat(VisitStatsQueries.mean(List.of())).as("no visits, no mean").isNull();
    }
}
