package org.eyesandears.referral.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OverdueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant SOME_TIME = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aDecisionIsOverdueFromTheDayAfterItsDueDateUntilItIsMade() {
        assertThat(Overdue.decision(null, TODAY, TODAY)).as("due today").isFalse();
        assertThat(Overdue.decision(null, TODAY.minusDays(1), TODAY)).as("due yesterday").isTrue();
        assertThat(Overdue.decision(SOME_TIME, TODAY.minusDays(1), TODAY)).as("made late").isFalse();
        assertThat(Overdue.decision(null, null, TODAY)).as("no due date").isFalse();
    }

    @Test
    void feedbackIsOverdueAfterItsDueDateUnlessGivenOrTheRoutingIsClosed() {
        assertThat(Overdue.feedback(null, RoutingStatus.ACCEPTED, TODAY, TODAY)).as("due today").isFalse();
        assertThat(Overdue.feedback(null, RoutingStatus.ACCEPTED, TODAY.minusDays(1), TODAY)).as("due yesterday").isTrue();
        assertThat(Overdue.feedback(SOME_TIME, RoutingStatus.ACCEPTED, TODAY.minusDays(1), TODAY)).as("given").isFalse();
        assertThat(Overdue.feedback(null, RoutingStatus.CLOSED, TODAY.minusDays(1), TODAY)).as("closed").isFalse();
        assertThat(Overdue.feedback(null, RoutingStatus.NO_FURTHER_ACTION, TODAY.minusDays(1), TODAY))
                .as("no further action, not closed").isTrue();
    }
}
