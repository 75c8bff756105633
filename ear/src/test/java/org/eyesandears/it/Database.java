package org.eyesandears.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/** Direct access to the test database, for checking what the application stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"));
    }

    /** A confirmed register entry made directly in the database, as an import would leave it; its id. */
    public static long business(String name, String address, String town, String postcode) throws SQLException {
        try (Connection c = connect(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO business (trading_name, address_line1, town, postcode, confirmed, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, TRUE, NOW(6), 'test')", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, address);
            s.setString(3, town);
            s.setString(4, postcode);
            s.executeUpdate();
            try (java.sql.ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Attaches a PDF to a referral as the concern card would (the API takes no files): writes the
     * bytes to the attachment store's file for {@code key} ({@link #attachmentFile}) and the
     * attachment row. Returns the attachment's id.
     */
    public static long attach(String reference, String key, byte[] bytes) throws Exception {
        Path file = attachmentFile(key);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        try (var db = connect();
             var insert = db.prepareStatement("INSERT INTO attachment (referral_id, file_name, content_type,"
                     + " size_bytes, sha256, storage_key, uploaded_at, uploaded_by)"
                     + " SELECT id, 'beds.pdf', 'application/pdf', ?, ?, ?, ?, author_username FROM referral"
                     + " WHERE reference = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, bytes.length);
            insert.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            insert.setString(3, key);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, reference);
            if (insert.executeUpdate() != 1) {
                throw new IllegalArgumentException("No referral " + reference);
            }
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Where the test server's attachment store keeps the file of a storage key. */
    public static Path attachmentFile(String key) {
        return Path.of(System.getProperty("jboss.home"), "standalone", "data", "attachments", key);
    }
}
