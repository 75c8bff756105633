package org.eyesandears.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. The bank holidays
 * follow the standing rules (New Year's Day, Good Friday, Easter Monday, the first and last
 * Mondays of May, the last Monday of August, Christmas Day and Boxing Day, each moved to the next
 * free weekday when it falls at a weekend); one-off holidays proclaimed for a year are listed in
 * {@link #ONE_OFF}.
 */
public final class WorkingDays {

    /** Proclaimed one-off bank holidays (and the standing ones they replaced are handled below). */
    static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 8));

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code start} (not counting {@code start}). */
    public static LocalDate plus(LocalDate start, int days) {
        LocalDate date = start;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays(date.getYear()).contains(date);
    }

    /** The bank holidays of England and Wales in a year. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate earlyMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        // 2020 and 2023 moved or kept the early May holiday by proclamation (VE Day 8 May 2020).
        days.add(year == 2020 ? LocalDate.of(2020, 5, 8) : earlyMay);
        LocalDate spring = LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        // The 2022 spring holiday moved to Thursday 2 June for the Platinum Jubilee.
        if (year != 2022) {
            days.add(spring);
        }
        days.add(LocalDate.of(year, 8, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(nextWeekday(LocalDate.of(year, Month.DECEMBER, 25), days));
        days.add(nextWeekday(LocalDate.of(year, Month.DECEMBER, 26), days));
        ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    /** The day itself, or the first weekday after it not already taken by another holiday. */
    private static LocalDate nextWeekday(LocalDate day, Set<LocalDate> taken) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || (!d.equals(day) && taken.contains(d))) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
