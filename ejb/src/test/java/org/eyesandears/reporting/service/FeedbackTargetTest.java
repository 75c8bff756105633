package org.eyesandears.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eyesandears.reporting.model.SuccessTarget;
import org.junit.jupiter.api.Test;

/**
 * Feedback within N working days, measured over the routings whose N days have passed (issue 15,
 * item 10: routings made this week were shown as "Not met, 0.0%" in red).
 */
class FeedbackTargetTest {

    /**
     * Today: Friday 17 May 2019. The ten working days after Wednesday 1 May end on Thursday 16 May (Monday
     * 6 May was a bank holiday), so 1 May's routings are due; those of 13 May onwards are not.
     */
    static final LocalDate TODAY = LocalDate.of(2019, 5, 17);

    private static SuccessTarget fire() {
        SuccessTarget t = new SuccessTarget("FIRE");
        t.set(80, 10, null, "admin", Instant.parse("2019-01-01T00:00:00Z"));
        return t;
    }

    /** One row of routing_day_figure as the query groups it: day, facet, agency, working days, routings. */
    private static Object[] row(String day, String facet, String agency, int workingDays, long routings) {
        return new Object[] {java.sql.Date.valueOf(day), facet, agency, workingDays, routings};
    }

    @Test
    void routingsStillWithinTheirWindowAreNotYetDueRatherThanNotMet() {
        List<Object[]> days = List.of(row("2019-05-13", "R", "FIRE", -1, 3), row("2019-05-16", "R", "FIRE", -1, 1));

        TargetResult result = StatsQueries.feedbackTarget(fire(), "Fire", days, TODAY, 4);

        assertThat(result.met()).isNull();
        assertThat(result.notYetDue()).isTrue();
        assertThat(result.measured()).isEqualTo("not yet due: 4 routings still within 10 working days");
    }

    @Test
    void onlyTheRoutingsWhoseWindowHasPassedAreMeasured() {
        // 1 May: two routings, one answered in 4 working days; 15 May's window is still open, so it waits.
        List<Object[]> days = List.of(row("2019-05-01", "R", "FIRE", -1, 2), row("2019-05-01", "F", "FIRE", 4, 1),
                row("2019-05-02", "R", "HSE", -1, 5), row("2019-05-15", "R", "FIRE", -1, 1),
                row("2019-05-15", "F", "FIRE", 1, 1));

        TargetResult result = StatsQueries.feedbackTarget(fire(), "Fire", days, TODAY, 3);

        assertThat(result.met()).isFalse();
        assertThat(result.notYetDue()).isFalse();
        assertThat(result.measured()).isEqualTo("50.0% of the 2 routings past 10 working days (1 not yet due)");
    }

    @Test
    void nothingReceivedIsNotMeasurable() {
        TargetResult result = StatsQueries.feedbackTarget(fire(), "Fire", List.of(), TODAY, 0);
        assertThat(result.met()).isNull();
        assertThat(result.notYetDue()).isFalse();
        assertThat(result.measured()).isEqualTo("no routings");
    }
}
