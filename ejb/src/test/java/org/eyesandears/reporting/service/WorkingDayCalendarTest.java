package org.eyesandears.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eyesandears.shared.time.London;
import org.eyesandears.shared.time.WorkingDays;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final Map<LocalDate, WorkingDayCalendar.Row> rows = WorkingDayCalendar
            .rows(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)).stream()
            .collect(Collectors.toMap(WorkingDayCalendar.Row::day, Function.identity()));

    /** What the SQL does: the London date of an instant by its UTC date's row, then its working index. */
    private int index(Instant t) {
        LocalDate utcDay = LocalDate.ofInstant(t, java.time.ZoneOffset.UTC);
        WorkingDayCalendar.Row row = rows.get(utcDay);
        Instant nextStart = row.nextDay().atStartOfDay(London.ZONE).toInstant();
        return t.isBefore(nextStart) ? row.workingIndex() : row.nextWorkingIndex();
    }

    @Test
    void indexDifferencesCountWorkingDaysLikeWorkingDaysBetween() {
        for (LocalDate from : List.of(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 18), LocalDate.of(2019, 12, 20))) {
            for (int d = 0; d < 60; d++) {
                LocalDate to = from.plusDays(d);
                assertThat(rows.get(to).workingIndex() - rows.get(from).workingIndex())
                        .as(from + " to " + to).isEqualTo(WorkingDays.between(from, to));
            }
        }
    }

    @Test
    void anInstantIsDatedInLondonTimeAcrossSummerTime() {
        // 23:30 UTC on 29 April 2019 is 00:30 on Tuesday 30 April in London (BST).
        int lateMonday = index(Instant.parse("2019-04-29T23:30:00Z"));
        int tuesdayNoon = index(Instant.parse("2019-04-30T11:00:00Z"));
        int mondayNoon = index(Instant.parse("2019-04-29T11:00:00Z"));
        assertThat(lateMonday).isEqualTo(tuesdayNoon).isEqualTo(mondayNoon + 1);
        // In winter London is on UTC: 23:30 UTC on 2 December 2019 is still Monday.
        assertThat(index(Instant.parse("2019-12-02T23:30:00Z"))).isEqualTo(index(Instant.parse("2019-12-02T09:00:00Z")));
    }

    @Test
    void bankHolidaysAndWeekendsDoNotAddWorkingDays() {
        // Good Friday 19 and Easter Monday 22 April 2019.
        assertThat(rows.get(LocalDate.of(2019, 4, 23)).workingIndex() - rows.get(LocalDate.of(2019, 4, 18)).workingIndex())
                .isEqualTo(1);
    }
}
