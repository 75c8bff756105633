package org.eyesandears.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

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
 * Authors' teams: ST-1 and ST-5 "Food North", ST-2 none, ST-3 and ST-4 "Fire Protection Luton".
 * ST-7 (June 2019, only for the business drill-down): FOOD refers B5 "Stats Florist" to HSE and
 * LICENSING, both closed with feedback.
 * ST-4 was made at 00:30 on 1 April London time, so it belongs to April; ST-5 to the previous period.
 *
 * <p>Visits (agencies: A accepted, I invited, D declined; outcomes as arrests/notices/seizures/advice):
 * <pre>
 * visit  business  starts (UTC)       lead  agencies              status     outcomes                        follow-up
 * V1     B1        2019-04-05 09:00   FOOD  FOOD A, FIRE A, HSE A  DONE       FOOD 0/1/0/yes, FIRE 0/2/1/no   FIRE due 2019-04-20, open
 * V2     B2        2019-04-12 13:00   FIRE  FIRE A, FOOD A, POLICE D CONFIRMED -                             -
 * V3     B4        2019-04-20 10:00   FIRE  FIRE A, HSE A          CANCELLED  -                               -
 * V4     B1        2019-04-25 10:00   HSE   HSE A, FOOD I          CONFIRMED  -                               -
 * V5     B2        2019-03-31 23:30   FOOD  FOOD A, HSE A          DONE       HSE 2/0/0/no                    HSE due 2019-04-10, done
 * V6     B4        2019-03-15 10:00   FIRE  FIRE A, FOOD A         DONE       FOOD 0/0/3/no                   FOOD due 2019-03-20, open
 * </pre>
 * V5 starts at 00:30 on 1 April London time (April); V3 is cancelled and V4 has one agency only,
 * so neither is a joint visit held; V6 belongs to the previous period.
 *
 * <p>Figures for use (ADR 0035). Seconds from opening the card to sending it: ST-1 95, ST-2 40, ST-3 200,
 * ST-4 not measured, ST-5 300. The referring officer's rating of the feedback: ST-1 to FIRE useful,
 * ST-1 to HSE not useful, ST-3 to FOOD useful, ST-5 to FIRE useful (March). Officer profiles (roles, agency,
 * first sign-in, disabled): officer.food and officer.fire from 2019-01-01 (their first sign-in moved back if
 * they signed in since), st.food.2 officer FOOD 2019-02-01, st.food.3 officer FOOD 2019-02-01 disabled
 * 2019-03-15, st.food.4 officer FOOD first signed in 2019-05-02, st.food.desk desk FOOD 2019-02-01,
 * st.fire.2 "officer, manager" FIRE 2019-02-01, st.fire.3 officer FIRE 2019-03-01. So in April FOOD has 2
 * officers and FIRE 3; in March FOOD 3 (st.food.3 was disabled during March) and FIRE 3.
 * Automatic links (link_decision, UTC): dataset "Stats links" of FOOD: record L1 AUTO_LINKED 2019-04-03,
 * UNDONE 2019-04-10; L2 AUTO_LINKED 2019-04-05; L3 AUTO_LINKED 2019-04-08, UNDONE 2019-05-02; L4 AUTO_LINKED
 * 2019-03-10, UNDONE 2019-04-12; L5 UNDONE 2019-04-01, AUTO_LINKED 2019-04-20 (the undoing came first).
 * Dataset "Stats links" of FIRE: L6 AUTO_LINKED 2019-04-15.
 * July 2019, for the merged businesses: ST-8 FOOD refers B7 "Stats Kebab" to HSE (2019-07-10) and ST-9
 * FIRE refers B7b "Stats Kebab House", which the register merged into B7, to LICENSING (2019-07-11).
 */
final class StatsData {

    static final String FROM = "2019-04-01";
    static final String TO = "2019-04-30";

    private static boolean loaded;

    /** Visit ids by name (V1 ... V6), once loaded. */
    static final java.util.Map<String, Long> VISITS = new java.util.HashMap<>();

    private StatsData() {
    }

    static synchronized void load() throws Exception {
        if (loaded) {
            return;
        }
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("DELETE f FROM feedback_rating f JOIN routing g ON g.id = f.routing_id JOIN referral r"
                    + " ON r.id = g.referral_id WHERE r.reference LIKE 'ST-%'");
            sql.execute("DELETE g FROM routing g JOIN referral r ON r.id = g.referral_id WHERE r.reference LIKE 'ST-%'");
            sql.execute("DELETE FROM referral WHERE reference LIKE 'ST-%'");
            for (String table : new String[] {"follow_up_task", "visit_outcome", "visit_agency"}) {
                sql.execute("DELETE t FROM " + table + " t JOIN visit v ON v.id = t.visit_id WHERE v.created_by = 'stats-it'");
            }
            sql.execute("DELETE FROM visit WHERE created_by = 'stats-it'");
            sql.execute("DELETE l FROM link_decision l JOIN source_record s ON s.id = l.record_id JOIN source_dataset d"
                    + " ON d.id = s.dataset_id WHERE d.created_by = 'stats-it'");
            sql.execute("DELETE s FROM source_record s JOIN source_dataset d ON d.id = s.dataset_id"
                    + " WHERE d.created_by = 'stats-it'");
            sql.execute("DELETE FROM source_dataset WHERE created_by = 'stats-it'");
            sql.execute("DELETE FROM user_profile WHERE username LIKE 'st.%'");
            sql.execute("UPDATE business SET merged_into_id = NULL WHERE created_by = 'stats-it'");
            sql.execute("DELETE FROM business WHERE created_by = 'stats-it'");
            long b1 = business(db, "Stats Bistro");
            long b2 = business(db, "Stats Barbers");
            long b4 = business(db, "Stats Grocer");
            long st1 = referral(db, "ST-1", b1, "officer.food", "FOOD", "Food North", "2019-04-01 09:00:00");
            long st1Fire = routing(db, st1, "FIRE", "CLOSED", "2019-04-01 09:00:00", "2019-04-03 10:00:00",
                    "2019-04-18 12:00:00", "USEFUL", "NOTICE_SERVED", "2019-04-29");
            long st1Hse = routing(db, st1, "HSE", "CLOSED", "2019-04-01 09:00:00", "2019-04-02 08:00:00", "2019-04-23 09:00:00",
                    "USEFUL", "ENFORCEMENT_ACTION", "2019-04-29");
            long st2 = referral(db, "ST-2", b2, "officer.food", "FOOD", null, "2019-04-10 14:00:00");
            routing(db, st2, "FIRE", "ACCEPTED", "2019-04-10 14:00:00", "2019-04-17 09:00:00", null, null, null,
                    "2019-05-10");
            long st3 = referral(db, "ST-3", b1, "officer.fire", "FIRE", "Fire Protection Luton", "2019-04-15 10:00:00");
            long st3Food = routing(db, st3, "FOOD", "CLOSED", "2019-04-15 10:00:00", "2019-04-15 15:00:00",
                    "2019-05-20 10:00:00", "NOT_USEFUL", "NO_ACTION", "2019-05-15");
            routing(db, st3, "HSE", "CLOSED", "2019-04-15 10:00:00", "2019-04-29 23:30:00", "2019-05-01 10:00:00",
                    "PARTLY_USEFUL", "ADVICE_GIVEN", "2019-05-15");
            long st4 = referral(db, "ST-4", b2, "officer.fire", "FIRE", "Fire Protection Luton", "2019-03-31 23:30:00");
            routing(db, st4, "FOOD", "CLOSED", "2019-03-31 23:30:00", "2019-04-01 16:00:00", null, null, null,
                    "2019-04-30");
            long st5 = referral(db, "ST-5", b4, "officer.food", "FOOD", "Food North", "2019-03-20 10:00:00");
            long st5Fire = routing(db, st5, "FIRE", "CLOSED", "2019-03-20 10:00:00", "2019-03-21 10:00:00",
                    "2019-03-25 10:00:00", "USEFUL", "ARREST", "2019-04-17");
            composeSeconds(db, Map.of("ST-1", 95, "ST-2", 40, "ST-3", 200, "ST-5", 300));
            rating(db, st1Fire, true, "2019-04-19 08:00:00");
            rating(db, st1Hse, false, "2019-04-24 08:00:00");
            rating(db, st3Food, true, "2019-05-21 08:00:00");
            rating(db, st5Fire, true, "2019-03-26 08:00:00");
            officer(db, "officer.food", "officer", "FOOD", "2019-01-01 09:00:00", null);
            officer(db, "officer.fire", "officer", "FIRE", "2019-01-01 09:00:00", null);
            officer(db, "st.food.2", "officer", "FOOD", "2019-02-01 09:00:00", null);
            officer(db, "st.food.3", "officer", "FOOD", "2019-02-01 09:00:00", "2019-03-15 09:00:00");
            officer(db, "st.food.4", "officer", "FOOD", "2019-05-02 09:00:00", null);
            officer(db, "st.food.desk", "desk", "FOOD", "2019-02-01 09:00:00", null);
            officer(db, "st.fire.2", "officer, manager", "FIRE", "2019-02-01 09:00:00", null);
            officer(db, "st.fire.3", "officer", "FIRE", "2019-03-01 09:00:00", null);
            long foodLinks = business(db, "Stats Links Food");
            long fireLinks = business(db, "Stats Links Fire");
            long foodSet = dataset(db, "FOOD");
            long fireSet = dataset(db, "FIRE");
            decisions(db, record(db, foodSet, "L1", foodLinks), foodLinks, "AUTO_LINKED 2019-04-03 10:00:00",
                    "UNDONE 2019-04-10 10:00:00");
            decisions(db, record(db, foodSet, "L2", foodLinks), foodLinks, "AUTO_LINKED 2019-04-05 10:00:00");
            decisions(db, record(db, foodSet, "L3", foodLinks), foodLinks, "AUTO_LINKED 2019-04-08 10:00:00",
                    "UNDONE 2019-05-02 10:00:00");
            decisions(db, record(db, foodSet, "L4", foodLinks), foodLinks, "AUTO_LINKED 2019-03-10 10:00:00",
                    "UNDONE 2019-04-12 10:00:00");
            decisions(db, record(db, foodSet, "L5", foodLinks), foodLinks, "UNDONE 2019-04-01 10:00:00",
                    "AUTO_LINKED 2019-04-20 10:00:00");
            decisions(db, record(db, fireSet, "L6", fireLinks), fireLinks, "AUTO_LINKED 2019-04-15 10:00:00");

            // July 2019: two records of one business, merged by the register, each with a referral.
            long b7 = business(db, "Stats Kebab");
            long b7b = business(db, "Stats Kebab House");
            sql.execute("UPDATE business SET merged_into_id = " + b7 + " WHERE id = " + b7b);
            long st8 = referral(db, "ST-8", b7, "officer.food", "FOOD", "Food North", "2019-07-10 10:00:00");
            routing(db, st8, "HSE", "CLOSED", "2019-07-10 10:00:00", "2019-07-11 10:00:00", "2019-07-12 10:00:00",
                    "USEFUL", "NO_ACTION", "2019-08-07");
            long st9 = referral(db, "ST-9", b7b, "officer.fire", "FIRE", null, "2019-07-11 10:00:00");
            routing(db, st9, "LICENSING", "CLOSED", "2019-07-11 10:00:00", "2019-07-12 10:00:00", "2019-07-15 10:00:00",
                    "USEFUL", "NO_ACTION", "2019-08-08");

            // June 2019, for the business drill-down only: FOOD refers B5 to HSE and LICENSING (no FIRE).
            long b5 = business(db, "Stats Florist");
            long st7 = referral(db, "ST-7", b5, "officer.food", "FOOD", "Food North", "2019-06-10 10:00:00");
            routing(db, st7, "HSE", "CLOSED", "2019-06-10 10:00:00", "2019-06-11 10:00:00", "2019-06-12 10:00:00",
                    "USEFUL", "NO_ACTION", "2019-07-08");
            routing(db, st7, "LICENSING", "CLOSED", "2019-06-10 10:00:00", "2019-06-11 10:00:00", "2019-06-12 10:00:00",
                    "USEFUL", "NO_ACTION", "2019-07-08");

            long v1 = visit(db, "V1", b1, "2019-04-05 09:00:00", "FOOD", "DONE", "FOOD A", "FIRE A", "HSE A");
            outcome(db, v1, "FOOD", 0, 1, 0, true);
            outcome(db, v1, "FIRE", 0, 2, 1, false);
            followUp(db, v1, "FIRE", "2019-04-20", false);
            visit(db, "V2", b2, "2019-04-12 13:00:00", "FIRE", "CONFIRMED", "FIRE A", "FOOD A", "POLICE D");
            visit(db, "V3", b4, "2019-04-20 10:00:00", "FIRE", "CANCELLED", "FIRE A", "HSE A");
            visit(db, "V4", b1, "2019-04-25 10:00:00", "HSE", "CONFIRMED", "HSE A", "FOOD I");
            long v5 = visit(db, "V5", b2, "2019-03-31 23:30:00", "FOOD", "DONE", "FOOD A", "HSE A");
            outcome(db, v5, "HSE", 2, 0, 0, false);
            followUp(db, v5, "HSE", "2019-04-10", true);
            long v6 = visit(db, "V6", b4, "2019-03-15 10:00:00", "FIRE", "DONE", "FIRE A", "FOOD A");
            outcome(db, v6, "FOOD", 0, 0, 3, false);
            followUp(db, v6, "FOOD", "2019-03-20", false);
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
                                 String team, String submittedAt) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO referral (reference, business_id, author_username,"
                + " author_agency_code, visit_date, observation, source_evaluation, intelligence_assessment,"
                + " handling_code, urgency, submitted_at, author_team) VALUES (?, ?, ?, ?, DATE(?), 'Seen on a visit.',"
                + " 'RELIABLE', 'A', 'P', 'ROUTINE', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, reference);
            s.setLong(2, business);
            s.setString(3, author);
            s.setString(4, agency);
            s.setString(5, submittedAt);
            s.setString(6, submittedAt);
            s.setString(7, team);
            s.executeUpdate();
            return key(s);
        }
    }

    private static long routing(Connection db, long referral, String agency, String status, String createdAt,
                                String decidedAt, String feedbackAt, String usefulness, String outcome,
                                String feedbackDue) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO routing (referral_id, agency_code, status,"
                + " created_at, first_decision_due, feedback_due, first_decision_at, feedback_at, usefulness,"
                + " outcome_category, urgent) VALUES (?, ?, ?, ?, DATE(?) + INTERVAL 7 DAY, ?, ?, ?, ?, ?, FALSE)",
                Statement.RETURN_GENERATED_KEYS)) {
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
            return key(s);
        }
    }

    private static void composeSeconds(Connection db, java.util.Map<String, Integer> seconds) throws Exception {
        for (var e : seconds.entrySet()) {
            try (PreparedStatement s = db.prepareStatement("UPDATE referral SET compose_seconds = ? WHERE reference = ?")) {
                s.setInt(1, e.getValue());
                s.setString(2, e.getKey());
                s.executeUpdate();
            }
        }
    }

    private static void rating(Connection db, long routing, boolean useful, String at) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO feedback_rating (routing_id, useful, rated_by,"
                + " rated_at) SELECT g.id, ?, r.author_username, ? FROM routing g JOIN referral r ON r.id = g.referral_id"
                + " WHERE g.id = ?")) {
            s.setBoolean(1, useful);
            s.setString(2, at);
            s.setLong(3, routing);
            s.executeUpdate();
        }
    }

    /** A user profile; a realm user's profile keeps what sign-in wrote but its first sign-in moves back. */
    private static void officer(Connection db, String username, String roles, String agency, String firstLogin,
                                String disabledAt) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO user_profile (username, display_name, agency_code,"
                + " roles, first_login_at, last_login_at, disabled_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE first_login_at = LEAST(first_login_at, VALUES(first_login_at))")) {
            s.setString(1, username);
            s.setString(2, username);
            s.setString(3, agency);
            s.setString(4, roles);
            s.setString(5, firstLogin);
            s.setString(6, firstLogin);
            s.setString(7, disabledAt);
            s.executeUpdate();
        }
    }

    private static long dataset(Connection db, String agency) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO source_dataset (agency_code, name, created_at,"
                + " created_by) VALUES (?, 'Stats links', NOW(6), 'stats-it')", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, agency);
            s.executeUpdate();
            return key(s);
        }
    }

    private static long record(Connection db, long dataset, String externalId, long business) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO source_record (dataset_id, external_id, name,"
                + " postcode, business_id, link_method, linked_at, first_seen_at, updated_at) VALUES (?, ?, ?, 'ZZ99 9ZZ',"
                + " ?, 'AUTOMATIC', NOW(6), NOW(6), NOW(6))", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, dataset);
            s.setString(2, externalId);
            s.setString(3, "Stats link record " + externalId);
            s.setLong(4, business);
            s.executeUpdate();
            return key(s);
        }
    }

    /** Decisions about one record, each "DECISION yyyy-MM-dd HH:mm:ss" (UTC). */
    private static void decisions(Connection db, long record, long business, String... decisions) throws Exception {
        for (String d : decisions) {
            String[] part = d.split(" ", 2);
            try (PreparedStatement s = db.prepareStatement("INSERT INTO link_decision (record_id, business_id, decision,"
                    + " probability, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, record);
                s.setLong(2, business);
                s.setString(3, part[0]);
                if ("AUTO_LINKED".equals(part[0])) {
                    s.setDouble(4, 0.99);
                } else {
                    s.setNull(4, java.sql.Types.DOUBLE);
                }
                s.setString(5, "AUTO_LINKED".equals(part[0]) ? "engine" : "analyst");
                s.setString(6, part[1]);
                s.executeUpdate();
            }
        }
    }

    /** A visit of two hours; each agency as "CODE A|I|D" (accepted, invited, declined). */
    private static long visit(Connection db, String name, long business, String startsAt, String lead, String status,
                              String... agencies) throws Exception {
        long id;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO visit (business_id, starts_at, ends_at, purpose,"
                + " lead_agency, status, created_by, created_at) VALUES (?, ?, TIMESTAMP(?) + INTERVAL 2 HOUR, 'MIXED',"
                + " ?, ?, 'stats-it', NOW(6))", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, business);
            s.setString(2, startsAt);
            s.setString(3, startsAt);
            s.setString(4, lead);
            s.setString(5, status);
            s.executeUpdate();
            id = key(s);
        }
        for (String agency : agencies) {
            String[] part = agency.split(" ");
            String response = switch (part[1]) {
                case "A" -> "ACCEPTED";
                case "I" -> "INVITED";
                default -> "DECLINED";
            };
            try (PreparedStatement s = db.prepareStatement("INSERT INTO visit_agency (visit_id, agency_code, head_count,"
                    + " response) VALUES (?, ?, 2, ?)")) {
                s.setLong(1, id);
                s.setString(2, part[0]);
                s.setString(3, response);
                s.executeUpdate();
            }
        }
        VISITS.put(name, id);
        return id;
    }

    private static void outcome(Connection db, long visit, String agency, int arrests, int notices, int seizures,
                                boolean advice) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO visit_outcome (visit_id, agency_code, findings,"
                + " arrests, notices, seizures, advice_given, recorded_by, recorded_at) VALUES (?, ?, 'Seen.', ?, ?, ?, ?,"
                + " 'stats-it', NOW(6))")) {
            s.setLong(1, visit);
            s.setString(2, agency);
            s.setInt(3, arrests);
            s.setInt(4, notices);
            s.setInt(5, seizures);
            s.setBoolean(6, advice);
            s.executeUpdate();
        }
    }

    private static void followUp(Connection db, long visit, String agency, String dueOn, boolean done) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO follow_up_task (visit_id, agency_code, description,"
                + " owner, due_on, created_by, created_at, done_at, done_by) VALUES (?, ?, 'Check again.', 'stats-it', ?,"
                + " 'stats-it', NOW(6), " + (done ? "NOW(6), 'stats-it'" : "NULL, NULL") + ")")) {
            s.setLong(1, visit);
            s.setString(2, agency);
            s.setString(3, dueOn);
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
