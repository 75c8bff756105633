package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is tamper-evident: the application's own database account cannot change or
 * remove rows, and what a database administrator does to them around the application is found by
 * the chain verifier. Each tampering is undone before the next, so the chain ends intact.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    /**
     * MariaDB's root over TCP: DB_ROOT_USER and DB_ROOT_PASSWORD, by default those of the embedded
     * test database (password "root", or none when the server does not run as the root OS user).
     */
    private static Connection asRoot() throws SQLException {
        String user = System.getenv().getOrDefault("DB_ROOT_USER", "root");
        String password = System.getenv("DB_ROOT_PASSWORD");
        if (password != null) {
            return DriverManager.getConnection(System.getenv("DB_URL"), user, password);
        }
        try {
            return DriverManager.getConnection(System.getenv("DB_URL"), user, "root");
        } catch (SQLException e) {
            return DriverManager.getConnection(System.getenv("DB_URL"), user, "");
        }
    }

    private static String referral(String business) throws Exception {
        var response = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "4 Chain Lane", "postcode": "LU1 4AB"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Mattresses upstairs.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(business, LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.object(response).getString("reference");
    }

    private static JsonObject verify() throws Exception {
        return ApiClient.object(ApiClient.as("auditor").post("/api/audit/chain/verification", ""));
    }

    /** The id of the referral's collection record. */
    private static long collectionRecord(Connection c, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM audit_record WHERE object_type = 'referral'"
                + " AND object_id = ? AND operation = 'COLLECTION'")) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theApplicationsOwnAccountMayReadAndAppendButNotChangeOrDeleteAuditRecords() throws Exception {
        String reference = referral("Append Only Cafe");
        try (Connection app = Database.connect()) {
            long id = collectionRecord(app, reference);

            assertThatThrownBy(() -> app.createStatement().executeUpdate(
                    "UPDATE audit_record SET username = 'someone.else' WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UPDATE command denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("DELETE FROM audit_record WHERE id = " + id))
                    .isInstanceOf(SQLException.class).hasMessageContaining("DELETE command denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("DROP TABLE audit_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("DROP command denied");
            // Other tables stay writable for the application.
            assertThat(app.createStatement().executeUpdate(
                    "UPDATE referral SET visit_reason = visit_reason WHERE reference = '" + reference + "'")).isEqualTo(1);
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @Test
    void theVerifierFindsRowsChangedDeletedOrInsertedByRootAndTheChainIsIntactOnceUndone() throws Exception {
        String reference = referral("Tampered Takeaway");
        JsonObject before = verify();
        assertThat(before.getBoolean("intact")).isTrue();
        assertThat(before.getJsonNumber("rowsChecked").longValue()).isPositive();

        try (Connection root = asRoot()) {
            long id = collectionRecord(root, reference);
            Map<String, Object> original = row(root, id);

            // 1. Changed: someone rewrites who did it.
            root.createStatement().executeUpdate("UPDATE audit_record SET username = 'nobody' WHERE id = " + id);
            JsonObject changed = verify();
            assertThat(changed.getBoolean("intact")).isFalse();
            assertThat(changed.getJsonNumber("brokenAtId").longValue()).isEqualTo(id);
            assertThat(changed.getString("problem")).contains("changed after it was written");
            root.createStatement().executeUpdate("UPDATE audit_record SET username = 'officer.food' WHERE id = " + id);
            assertThat(verify().getBoolean("intact")).as("undone").isTrue();

            // 2. Deleted: the row disappears; the next row reports the gap.
            root.createStatement().executeUpdate("DELETE FROM audit_record WHERE id = " + id);
            JsonObject deleted = verify();
            assertThat(deleted.getBoolean("intact")).isFalse();
            assertThat(deleted.getJsonNumber("brokenAtId").longValue()).isGreaterThan(id);
            assertThat(deleted.getString("problem")).contains("Chain position " + original.get("chain_seq") + " missing")
                    .contains("deleted");
            insert(root, original);
            assertThat(verify().getBoolean("intact")).as("restored").isTrue();

            // 3. Inserted: a forged record slipped in by hand.
            root.createStatement().executeUpdate("INSERT INTO audit_record (occurred_at, username, agency_code, operation,"
                    + " object_type, object_id, channel) VALUES (NOW(6), 'desk.fire', 'FIRE', 'CONSULTATION', 'referral', '"
                    + reference + "', 'UI')");
            long forged;
            try (ResultSet rs = root.createStatement().executeQuery("SELECT MAX(id) FROM audit_record WHERE username = 'desk.fire'"
                    + " AND object_id = '" + reference + "'")) {
                rs.next();
                forged = rs.getLong(1);
            }
            JsonObject inserted = verify();
            assertThat(inserted.getBoolean("intact")).isFalse();
            assertThat(inserted.getJsonNumber("brokenAtId").longValue()).isEqualTo(forged);
            assertThat(inserted.getString("problem")).contains("not in the chain");
            root.createStatement().executeUpdate("DELETE FROM audit_record WHERE id = " + forged);

            // 4. Forged with a plausible place in the chain, but the attacker cannot make the hash fit.
            Map<String, Object> fake = new LinkedHashMap<>(original);
            fake.remove("id");
            fake.put("reason", "looked legitimate");
            root.createStatement().executeUpdate("DELETE FROM audit_record WHERE id = " + id);
            fake.put("id", id);
            insert(root, fake);
            JsonObject replaced = verify();
            assertThat(replaced.getBoolean("intact")).isFalse();
            assertThat(replaced.getJsonNumber("brokenAtId").longValue()).isEqualTo(id);
            root.createStatement().executeUpdate("DELETE FROM audit_record WHERE id = " + id);
            insert(root, original);
        }
        assertThat(verify().getBoolean("intact")).as("all undone").isTrue();
    }

    private static Map<String, Object> row(Connection c, long id) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM audit_record WHERE id = " + id)) {
            assertThat(rs.next()).isTrue();
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnLabel(i), rs.getObject(i));
            }
            return row;
        }
    }

    private static void insert(Connection c, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_record (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                ps.setObject(i++, value);
            }
            ps.executeUpdate();
        }
    }
}
