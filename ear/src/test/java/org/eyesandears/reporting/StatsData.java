package org.eyesandears.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eyesandears.it.Database;

/**
 * The hand-built data set of StatsApiIT and DashboardUiIT, written straight into the test database
 * in April 2019 (a month no other test uses; it holds Good Friday and Easter Monday, and British
 * Summer Time began on 31 March at 01:00 UTC). Times below are UTC. StatsApiIT works out each
 * figure from these rows.
 *
 * <pre>
 * ref   by    business  routed to  created (UTC)      first decision     feedback            usefulness / outcome
 * ST-1  FOOD  B1        FIRE       2019-04-01 09:00   2019-04-03 10:00   2019-04-18 12:00    USEFUL / NOTICE_SERVED
 * ST-1  FOOD  B1        HSE        2019-04-01 09:00   2019-04-02 08:00   2019-04-23 09:00    USEFUL / ENFORCEMENT_ACTION
 * ST-2  FOOD  B2        FIRE       2019-04-10 14:00   2019-04-17 09:00   -  (ACCEPTED, feedback due 2019-05-10)
 * ST-3  FIRE  B1        FOOD       2019-04-15 10:00   2019-04-15 15:00   2019-05-20 10:00    NOT_USEFUL / NO_ACTION
 * ST-3  FIRE  B1        HSE        2019-04-15 10:00   2019-04-29 23:30   2019-05-01 10:00    PARTLY_USEFUL / ADVICE_GIVEN
 * ST-4  FIRE  B2        FOOD       2019-03-31 23:30   2019-04-01 16:00   -  (CLOSED)
 * ST-5  FOOD  B4        FIRE       2019-03-20 10:00   2019-03-21 10:00   2019-03-25 10:00    USEFUL / ARREST
 * </pre>
 * ST-4 was made at 00:30 on 1 April London time, so it belongs to April; ST-5 to the previous period.
 */
final class StatsData {

    static final String FROM = "2019-04-01";
    static final String TO = "2019-04-30";

    private static boolean loaded;

    private StatsData() {
    }

    static synchronized void load() throws Exception {
        if (loaded) {
            return;
        }
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("DELETE g FROM routing g JOIN referral r ON r.id = g.referral_id WHERE r.reference LIKE 'ST-%'");
            sql.execute("DELETE FROM referral WHERE reference LIKE 'ST-%'");
            sql.execute("DELETE FROM business WHERE created_by = 'stats-it'");
            long b1 = business(db, "Stats Bistro");
            long b2 = business(db, "Stats Barbers");
            long b4 = business(db, "Stats Grocer");
            long st1 = referral(db, "ST-1", b1, "officer.food", "FOOD", "2019-04-01 09:00:00");
            routing(db, st1, "FIRE", "CLOSED", "2019-04-01 09:00:00", "2019-04-03 10:00:00", "2019-04-18 12:00:00",
                    "USEFUL", "NOTICE_SERVED", "2019-04-29");
            routing(db, st1, "HSE", "CLOSED", "2019-04-01 09:00:00", "2019-04-02 08:00:00", "2019-04-23 09:00:00",
                    "USEFUL", "ENFORCEMENT_ACTION", "2019-04-29");
            long st2 = referral(db, "ST-2", b2, "officer.food", "FOOD", "2019-04-10 14:00:00");
            routing(db, st2, "FIRE", "ACCEPTED", "2019-04-10 14:00:00", "2019-04-17 09:00:00", null, null, null,
                    "2019-05-10");
            long st3 = referral(db, "ST-3", b1, "officer.fire", "FIRE", "2019-04-15 10:00:00");
            routing(db, st3, "FOOD", "CLOSED", "2019-04-15 10:00:00", "2019-04-15 15:00:00", "2019-05-20 10:00:00",
                    "NOT_USEFUL", "NO_ACTION", "2019-05-15");
            routing(db, st3, "HSE", "CLOSED", "2019-04-15 10:00:00", "2019-04-29 23:30:00", "2019-05-01 10:00:00",
                    "PARTLY_USEFUL", "ADVICE_GIVEN", "2019-05-15");
            long st4 = referral(db, "ST-4", b2, "officer.fire", "FIRE", "2019-03-31 23:30:00");
            routing(db, st4, "FOOD", "CLOSED", "2019-03-31 23:30:00", "2019-04-01 16:00:00", null, null, null,
                    "2019-04-30");
            long st5 = referral(db, "ST-5", b4, "officer.food", "FOOD", "2019-03-20 10:00:00");
            routing(db, st5, "FIRE", "CLOSED", "2019-03-20 10:00:00", "2019-03-21 10:00:00", "2019-03-25 10:00:00",
                    "USEFUL", "ARREST", "2019-04-17");
        }
        loaded = true;
    }

    private static long business(Connection db, String name) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO business (trading_name, address_line1, postcode,"
                + " confirmed, created_at, created_by) VALUES (?, '1 Test Street', 'LU1 1AA', TRUE, NOW(6), 'stats-it')",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.executeUpdate();
            return key(s);
        }
    }

    private static long referral(Connection db, String reference, long business, String author, String agency,
                                 String submittedAt) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO referral (reference, business_id, author_username,"
                + " author_agency_code, visit_date, observation, source_evaluation, intelligence_assessment,"
                + " handling_code, urgency, submitted_at) VALUES (?, ?, ?, ?, DATE(?), 'Seen on a visit.', 'RELIABLE',"
                + " 'A', 'P', 'ROUTINE', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, reference);
            s.setLong(2, business);
            s.setString(3, author);
            s.setString(4, agency);
            s.setString(5, submittedAt);
            s.setString(6, submittedAt);
            s.executeUpdate();
            return key(s);
        }
    }

    private static void routing(Connection db, long referral, String agency, String status, String createdAt,
                                String decidedAt, String feedbackAt, String usefulness, String outcome,
                                String feedbackDue) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO routing (referral_id, agency_code, status,"
                + " created_at, first_decision_due, feedback_due, first_decision_at, feedback_at, usefulness,"
                + " outcome_category, urgent) VALUES (?, ?, ?, ?, DATE(?) + INTERVAL 7 DAY, ?, ?, ?, ?, ?, FALSE)")) {
            s.setLong(1, referral);
            s.setString(2, agency);
            s.setString(3, status);
            s.setString(4, createdAt);
            s.setString(5, createdAt);
            s.setString(6, feedbackDue);
            s.setString(7, decidedAt);
            s.setString(8, feedbackAt);
            s.setString(9, usefulness);
            s.setString(10, outcome);
            s.executeUpdate();
        }
    }

    private static long key(PreparedStatement s) throws Exception {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
