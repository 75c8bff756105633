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
 * calendar covers {@link #FIRST_DAY} to {@link #LAST_DAY}. Whenever it fills the calendar it also
 * recounts the working-day durations kept on each routing (V70, ADR 0012).
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
        recountRoutings();
    }

    /**
     * Recomputes every routing's reporting columns that depend on the calendar (V70: London date of
     * creation, working days to first decision and to feedback), as the triggers compute them on
     * each write: needed when the calendar was empty or different while routings were written.
     */
    int recountRoutings() {
        return em.createNativeQuery(RECOUNT).executeUpdate();
    }

    /** Working-day index of the London date of a timestamp column, given its calendar row alias. */
    private static String workingIndex(String column, String c) {
        return "(" + c + ".working_index + (" + column + " >= " + c + ".next_utc_start) * (" + c + ".next_working_index - "
                + c + ".working_index))";
    }

    /** The recount of {@link #recountRoutings()} (public so that an integration test can check it). */
    public static final String RECOUNT = "update routing g"
            + " left join reporting_day c0 on c0.day = date(g.created_at)"
            + " left join reporting_day c1 on c1.day = date(g.first_decision_at)"
            + " left join reporting_day c2 on c2.day = date(g.feedback_at)"
            + " set g.created_on = c0.day + interval (g.created_at >= c0.next_utc_start) day,"
            + " g.decision_working_days = " + workingIndex("g.first_decision_at", "c1") + " - " + workingIndex("g.created_at", "c0") + ","
            + " g.feedback_working_days = " + workingIndex("g.feedback_at", "c2") + " - " + workingIndex("g.created_at", "c0");

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
