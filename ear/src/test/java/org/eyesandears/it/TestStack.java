package org.eyesandears.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eyesandears.devstack.DevRealm;
import org.eyesandears.devstack.EmbeddedDatabase;
import org.eyesandears.devstack.KeycloakServer;
import org.eyesandears.devstack.ParallelStart;
import org.eyesandears.devstack.Support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need besides WildFly (which Arquillian manages): a fresh
 * embedded MariaDB (unless DB_URL names an external one), Keycloak with a freshly imported dev realm
 * (made from the production realm by {@link DevRealm}) and demo users, and beside it a copy of the
 * production realm for {@code ProductionRealmIT}, a real SMTP server (GreenMail) for the
 * application's e-mail, and Debian's Chromium for the browser tests. Once per test run, in parallel, and
 * stopped when the run ends, or at once when one of them fails to start ({@link ParallelStart}).
 *
 * <p>Active only under Failsafe, which passes the settings as system properties.
 */
public class TestStack implements LauncherSessionListener {

    /** The production realm file, imported under this name as Keycloak imports it in production. */
    public static final String PRODUCTION_COPY = "eyesandears-production-check";
    /** The client secret the copy's {@code ${OIDC_CLIENT_SECRET}} placeholder is given. */
    public static final String PRODUCTION_COPY_SECRET = "production-check-secret";

    private static GreenMail mail;

    private List<AutoCloseable> running = List.of();

    /** The test SMTP server the application sends its e-mail to. */
    public static GreenMail mail() {
        return mail;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String workDir = System.getProperty("eyesandears.it.work.dir");
        if (workDir == null) {
            return;
        }
        Path work = Path.of(workDir);
        Path realm = Path.of(System.getProperty("eyesandears.it.realm.dir"));
        boolean embeddedDb = Boolean.parseBoolean(System.getProperty("eyesandears.it.db.embedded"));

        ParallelStart start = new ParallelStart();
        start.start(() -> {
            Browser.ensureInstalled();
            return null;
        });
        start.start(() -> {
            if (!embeddedDb) {
                return null;
            }
            Path dbDir = work.resolve("mariadb");
            Support.deleteTree(dbDir.resolve("data"));
            // The audit chain's checkpoints (AUDIT_CHECKPOINT_DIR) vouch for this database only.
            Support.deleteTree(work.resolve("audit-checkpoints"));
            return EmbeddedDatabase.start(dbDir, Integer.getInteger("eyesandears.it.db.port"),
                    "eyesandears", "eyesandears", "eyesandears");
        });
        start.start(() -> KeycloakServer.start(work.resolve("keycloak"),
                Integer.getInteger("eyesandears.it.keycloak.port"),
                Stream.concat(DevRealm.write(realm, work.resolve("realm")).stream(),
                        Stream.of(DevRealm.writeProductionCopy(realm, work.resolve("realm"), PRODUCTION_COPY))).toList(),
                true, work.resolve("logs/keycloak.log"), Map.of("OIDC_CLIENT_SECRET", PRODUCTION_COPY_SECRET,
                        "APP_URL", "http://localhost:" + System.getProperty("eyesandears.it.http.port"))));
        start.start(() -> {
            GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("eyesandears.it.smtp.port"),
                    "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            mail = smtp;
            return smtp::stop;
        });
        // If any part fails to start, the parts that did are stopped before the failure is thrown.
        running = start.awaitAll();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ParallelStart.closeAll(running, null);
        running = List.of();
        mail = null;
    }
}
