package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditChain;
import org.eyesandears.audit.service.AuditKeyring;
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
 * the chain verifier, even when they recompute the whole chain and its head: the rows are signed
 * with a key the database does not hold, and the chain's end is checkpointed outside the database.
 * Each tampering is undone before the next, so the chain ends intact.
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
            // Nor the chain head, which a trigger moves: the application may only read and lock it.
            assertThatThrownBy(() -> app.createStatement().executeUpdate(
                    "UPDATE audit_chain_head SET last_seq = last_seq - 1 WHERE id = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UPDATE command denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("DELETE FROM audit_chain_head"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("DELETE command denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate(
                    "INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (2, 0, REPEAT('0', 64))"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("INSERT command denied");
            app.setAutoCommit(false);
            try (ResultSet locked = app.createStatement().executeQuery(
                    "SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                assertThat(locked.next()).as("the head's lock, taken with SELECT alone").isTrue();
            }
            app.rollback();
            app.setAutoCommit(true);
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

    @Test
    void aRelatedObjectSetOrRemovedAroundTheApplicationIsCaught() throws Exception {
        String reference = referral("Related Rotisserie");
        try (Connection root = asRoot()) {
            long id = collectionRecord(root, reference);
            // The referral's record names no related object; someone ties it to another referral.
            root.createStatement().executeUpdate("UPDATE audit_record SET related_type = 'referral',"
                    + " related_id = 'R-000001' WHERE id = " + id);
            JsonObject tied = verify();
            assertThat(tied.getBoolean("intact")).isFalse();
            assertThat(tied.getJsonNumber("brokenAtId").longValue()).isEqualTo(id);
            assertThat(tied.getString("problem")).contains("changed after it was written");
            root.createStatement().executeUpdate("UPDATE audit_record SET related_type = NULL, related_id = NULL"
                    + " WHERE id = " + id);
            assertThat(verify().getBoolean("intact")).as("undone").isTrue();
        }
    }

    @Test
    void aDatabaseOwnerWhoRewritesARowAndRecomputesTheWholeChainAndItsHeadIsCaught() throws Exception {
        String reference = referral("Rewritten Rotisserie");
        assertThat(verify().getBoolean("intact")).as("checked, and its end checkpointed").isTrue();
        JsonObject anchored = verify();
        assertThat(anchored.getBoolean("intact")).isTrue();
        assertThat(anchored.getInt("checkpointsChecked")).as("held to the checkpoints written so far").isPositive();

        try (Connection root = asRoot()) {
            long target = collectionRecord(root, reference);

            // 1. Someone rewrites who submitted the referral and recomputes every row's hash and the
            //    head with plain SHA-256, as if all were legacy rows from before the chain was keyed.
            List<Chained> genuine = chain(root);
            long lastId = genuine.get(genuine.size() - 1).id();
            write(root, rewritten(genuine, target, null));
            JsonObject legacy;
            try {
                legacy = verify();
            } finally {
                restore(root, genuine, lastId);
            }
            assertThat(legacy.getBoolean("intact")).isFalse();
            assertThat(legacy.getString("problem")).as("the checkpoints outside the database disagree")
                    .contains("vouched for").contains("rewritten after that checkpoint");
            assertThat(verify().getBoolean("intact")).as("restored").isTrue();

            // 2. Someone re-signs the changed row and every later one, keeping their key ids, with a
            //    key of their own: without the server's key the signatures cannot come out right.
            genuine = chain(root);
            lastId = genuine.get(genuine.size() - 1).id();
            byte[] guess = new byte[32];
            new SecureRandom().nextBytes(guess);
            write(root, rewritten(genuine, target, guess));
            JsonObject resigned;
            try {
                resigned = verify();
            } finally {
                restore(root, genuine, lastId);
            }
            assertThat(resigned.getBoolean("intact")).isFalse();
            assertThat(resigned.getJsonNumber("brokenAtId").longValue()).isEqualTo(target);
            assertThat(resigned.getString("problem")).contains("no longer matches its hash");
        }
        assertThat(verify().getBoolean("intact")).as("all undone").isTrue();
    }

    /** One chained row as the database holds it, with everything its hash covers. */
    private record Chained(long id, long seq, Instant occurredAt, String username, String agencyCode,
                           AuditOperation operation, String objectType, String objectId, String relatedType,
                           String relatedId, String detail, String reason, String clientAddress, String channel,
                           String prevHash, String rowHash, String keyId) {

        Chained with(String newUsername, String newRelatedType, String newRelatedId, String newPrev, String newHash,
                     String newKeyId) {
            return new Chained(id, seq, occurredAt, newUsername, agencyCode, operation, objectType, objectId,
                    newRelatedType, newRelatedId, detail, reason, clientAddress, channel, newPrev, newHash, newKeyId);
        }
    }

    /** Every chained row, in chain order, read as root with times in UTC (as the application writes them). */
    private static List<Chained> chain(Connection root) throws SQLException {
        root.createStatement().execute("SET time_zone = '+00:00'");
        List<Chained> rows = new ArrayList<>();
        try (ResultSet rs = root.createStatement().executeQuery("SELECT id, chain_seq,"
                + " DATE_FORMAT(occurred_at, '%Y-%m-%dT%H:%i:%s.%fZ'), username, agency_code, operation, object_type,"
                + " object_id, related_type, related_id, detail, reason, client_address, channel, prev_hash, row_hash,"
                + " key_id FROM audit_record"
                + " WHERE chain_seq IS NOT NULL ORDER BY chain_seq")) {
            while (rs.next()) {
                rows.add(new Chained(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getString(4),
                        rs.getString(5), AuditOperation.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)));
            }
        }
        return rows;
    }

    /**
     * The chain as a tamperer makes it: row {@code target}'s user becomes "nobody", then the hashes
     * are recomputed, all of them with plain SHA-256 when {@code guessedKey} is null (posing as legacy
     * rows, so the related objects, which legacy rows cannot have, are dropped too), else from the
     * target on as HMACs under {@code guessedKey} with each row's own key id.
     */
    private static List<Chained> rewritten(List<Chained> rows, long target, byte[] guessedKey) {
        List<Chained> result = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        boolean reached = false;
        for (Chained r : rows) {
            reached |= r.id() == target;
            String username = r.id() == target ? "nobody" : r.username();
            if (guessedKey != null && !reached) {
                previous = r.rowHash();
                continue;
            }
            String hash = guessedKey == null
                    ? AuditChain.hash(previous, r.seq(), r.occurredAt(), username, r.agencyCode(), r.operation(),
                            r.objectType(), r.objectId(), r.detail(), r.reason(), r.clientAddress(), r.channel())
                    : AuditChain.keyed(new AuditKeyring.Key(r.keyId(), guessedKey), previous, r.seq(), r.occurredAt(),
                            username, r.agencyCode(), r.operation(), r.objectType(), r.objectId(), r.relatedType(),
                            r.relatedId(), r.detail(), r.reason(), r.clientAddress(), r.channel());
            result.add(guessedKey == null ? r.with(username, null, null, previous, hash, null)
                    : r.with(username, r.relatedType(), r.relatedId(), previous, hash, r.keyId()));
            previous = hash;
        }
        assertThat(reached).as("the target row is in the chain").isTrue();
        return result;
    }

    /** Writes the rows' user, links, hashes and key ids as root, and moves the head to the last one. */
    private static void write(Connection root, List<Chained> rows) throws SQLException {
        try (PreparedStatement ps = root.prepareStatement(
                "UPDATE audit_record SET username = ?, related_type = ?, related_id = ?, prev_hash = ?, row_hash = ?,"
                        + " key_id = ? WHERE id = ?")) {
            for (Chained r : rows) {
                ps.setString(1, r.username());
                ps.setString(2, r.relatedType());
                ps.setString(3, r.relatedId());
                ps.setString(4, r.prevHash());
                ps.setString(5, r.rowHash());
                ps.setString(6, r.keyId());
                ps.setLong(7, r.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Chained last = rows.get(rows.size() - 1);
        try (PreparedStatement ps = root.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, last.seq());
            ps.setString(2, last.rowHash());
            ps.executeUpdate();
        }
    }

    /** Puts the genuine rows back, and removes what the application appended to the forged chain meanwhile. */
    private static void restore(Connection root, List<Chained> genuine, long lastGenuineId) throws SQLException {
        root.createStatement().executeUpdate("DELETE FROM audit_record WHERE id > " + lastGenuineId);
        write(root, genuine);
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
