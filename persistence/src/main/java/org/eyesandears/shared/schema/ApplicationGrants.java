package org.eyesandears.shared.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migrate, grants the application's database account table-level rights on every
 * table of the schema: SELECT, INSERT, UPDATE and DELETE on ordinary tables; on the audit tables
 * (every table whose name starts with {@code audit_}) never UPDATE or DELETE: SELECT and INSERT on
 * the audit trail, SELECT only on the chain head, which a trigger moves (ADR 0018). Rights an
 * audit table held before (the head was once writable) are revoked. Run by the schema owner, it
 * covers tables that later migrations add without anyone having to remember. MariaDB cannot
 * subtract one table from a database-wide grant, so the application's account holds no
 * database-wide write rights at all (ADR 0007).
 */
public final class ApplicationGrants implements Callback {

    /** Audit tables the application may only read; every other audit table it may read and append to. */
    static final Set<String> READ_ONLY = Set.of("audit_chain_head");

    private static final Logger LOG = Logger.getLogger(ApplicationGrants.class.getName());
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final String user;
    private final String host;

    public ApplicationGrants(String user, String host) {
        this.user = user;
        this.host = host;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            String owner = currentUser(connection);
            if (owner.equalsIgnoreCase(user)) {
                // Migrating as the application's own account (an old setup): it keeps its rights.
                LOG.warning("Migrations ran as the application's account " + user
                        + "; the audit trail is append-only only when DB_OWNER_USER is a separate account");
                return;
            }
            List<String> tables = tables(connection);
            try (Statement st = connection.createStatement()) {
                for (String table : tables) {
                    st.execute("GRANT " + rights(table) + " ON `" + table + "` TO " + account());
                    String withheld = withheld(table);
                    if (withheld != null) {
                        // The grant above made sure a table grant exists, so this never fails for lack of one.
                        st.execute("REVOKE " + withheld + " ON `" + table + "` FROM " + account());
                    }
                }
            }
            LOG.info(() -> "Granted " + account() + " its rights on " + tables.size() + " tables");
        } catch (SQLException e) {
            throw new FlywayException("Could not grant the application's account its table rights: "
                    + e.getMessage(), e);
        }
    }

    /** What the application may do to a table. */
    static String rights(String table) {
        if (READ_ONLY.contains(table)) {
            return "SELECT";
        }
        return isAudit(table) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
    }

    /** The rights taken away again from a table, in case an earlier version granted them; null for none. */
    static String withheld(String table) {
        if (READ_ONLY.contains(table)) {
            return "INSERT, UPDATE, DELETE";
        }
        return isAudit(table) ? "UPDATE, DELETE" : null;
    }

    static boolean isAudit(String table) {
        return table.startsWith("audit_");
    }

    private String account() {
        return quote(user) + "@" + quote(host);
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT SUBSTRING_INDEX(USER(), '@', 1)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name <> ?")) {
            ps.setString(1, FLYWAY_HISTORY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    @Override
    public String getCallbackName() {
        return "application-grants";
    }
}
