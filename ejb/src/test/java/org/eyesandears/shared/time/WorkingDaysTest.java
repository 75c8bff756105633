package org.eyesandears.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Checked against the published England and Wales bank holidays (GOV.UK) for 2025 to 2027. */
class WorkingDaysTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void bankHolidaysOf2026() {
        assertThat(WorkingDays.bankHolidays(2026)).containsExactlyInAnyOrder(
                d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25),
                d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28));
    }

    @Test
    void christmasAtAWeekendMovesBothHolidays() {
        assertThat(WorkingDays.bankHolidays(2027)).contains(d(2027, 12, 27), d(2027, 12, 28))
                .contains(d(2027, 3, 26), d(2027, 3, 29));
        assertThat(WorkingDays.bankHolidays(2025)).contains(d(2025, 4, 18), d(2025, 4, 21), d(2025, 12, 26));
    }

    @Test
    void fiveWorkingDaysSkipWeekendsAndHolidays() {
        // Thursday 24 December 2026: 25 and 28 December and 1 January are holidays.
        assertThat(WorkingDays.plus(d(2026, 12, 24), 5)).isEqualTo(d(2027, 1, 5));
        assertThat(WorkingDays.plus(d(2026, 11, 20), 5)).isEqualTo(d(2026, 11, 27));
        assertThat(WorkingDays.between(d(2026, 11, 20), d(2026, 11, 27))).isEqualTo(5);
    }
}
