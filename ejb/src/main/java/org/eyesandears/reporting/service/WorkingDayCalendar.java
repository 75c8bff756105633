package org.eyesandears.reporting.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eyesandears.shared.time.London;
import org.eyesandears.shared.time.WorkingDays;

/**
 * Fills the reporting_day table (see V30) from {@link WorkingDays} when the application starts, so
 * that the dashboard can count working days in SQL. Rows that already exist are left alone; the
 * calendar covers {@link #FIRST_DAY} to {@link #LAST_DAY}.
 */
@Singleton
@Startup
public class WorkingDayCalendar {

    public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2037, 12, 31);

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void fill() {
        long expected = FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).count();
        long present = ((Number) em.createNativeQuery("select count(*) from reporting_day").getSingleResult()).longValue();
        if (present == expected) {
            return;
        }
        em.createNativeQuery("delete from reporting_day").executeUpdate();
        List<Row> rows = rows(FIRST_DAY, LAST_DAY);
        for (int i = 0; i < rows.size(); i += 500) {
            List<Row> chunk = rows.subList(i, Math.min(rows.size(), i + 500));
            StringBuilder sql = new StringBuilder(
                    "insert into reporting_day (day, working_index, next_utc_start, next_working_index) values ");
            for (int j = 0; j < chunk.size(); j++) {
                sql.append(j == 0 ? "" : ",").append("(?,?,?,?)");
            }
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Row row : chunk) {
                query.setParameter(p++, row.day());
                query.setParameter(p++, row.workingIndex());
                query.setParameter(p++, row.nextDay().atStartOfDay(London.ZONE).toInstant());
                query.setParameter(p++, row.nextWorkingIndex());
            }
            query.executeUpdate();
        }
    }

    /** One calendar row: working days up to and including the day, and the same for the next day. */
    record Row(LocalDate day, int workingIndex, LocalDate nextDay, int nextWorkingIndex) {
    }

    static List<Row> rows(LocalDate first, LocalDate last) {
        List<Row> rows = new ArrayList<>();
        int index = WorkingDays.isWorkingDay(first) ? 1 : 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate next = d.plusDays(1);
            int nextIndex = index + (WorkingDays.isWorkingDay(next) ? 1 : 0);
            rows.add(new Row(d, index, next, nextIndex));
            index = nextIndex;
        }
        return rows;
    }
}
