package org.eyesandears.it;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * The run goes on (WildFly starts, the application deploys) while Keycloak still starts: test
 * methods wait for it ({@link KeycloakReady}).
 *
 * <p>Active only under Failsafe, which passes the settings as system properties.
 */
public class TestStack implements LauncherSessionListener {

    /** The production realm file, imported under this name as Keycloak imports it in production. */
    public static final String PRODUCTION_COPY = "eyesandears-production-check";
    /** The client secret the copy's {@code ${OIDC_CLIENT_SECRET}} placeholder is given. */
    public static final String PRODUCTION_COPY_SECRET = "production-check-secret";

    private static GreenMail mail;

    private static List<AutoCloseable> running = new ArrayList<>();
    private static ParallelStart identity;
    private static RuntimeException keycloakFailure;

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

        // Keycloak's first start (it builds itself and creates its database) is the longest; WildFly
        // starts and the application deploys meanwhile, and tests wait for it through KeycloakReady.
        identity = new ParallelStart();
        identity.start(() -> KeycloakServer.start(work.resolve("keycloak"),
                Integer.getInteger("eyesandears.it.keycloak.port"),
                Stream.concat(DevRealm.write(realm, work.resolve("realm")).stream(),
                        Stream.of(DevRealm.writeProductionCopy(realm, work.resolve("realm"), PRODUCTION_COPY))).toList(),
                true, work.resolve("logs/keycloak.log"), Map.of("OIDC_CLIENT_SECRET", PRODUCTION_COPY_SECRET,
                        "APP_URL", "http://localhost:" + System.getProperty("eyesandears.it.http.port"))));
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
        start.start(() -> {
            GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("eyesandears.it.smtp.port"),
                    "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            mail = smtp;
            return smtp::stop;
        });
        // If any part fails to start, the parts that did are stopped before the failure is thrown.
        try {
            running = new ArrayList<>(start.awaitAll());
        } catch (RuntimeException e) {
            try {
                awaitKeycloak();
            } catch (RuntimeException alsoKeycloak) {
                e.addSuppressed(alsoKeycloak);
            }
            launcherSessionClosed(session);
            throw e;
        }
    }

    /**
     * Waits until Keycloak has started (at once after the first call); throws its failure to start,
     * at every call, so each test that needs it fails with the cause.
     */
    static synchronized void awaitKeycloak() {
        if (identity != null) {
            ParallelStart starting = identity;
            identity = null;
            try {
                running.addAll(starting.awaitAll());
            } catch (RuntimeException e) {
                keycloakFailure = e;
            }
        }
        if (keycloakFailure != null) {
            throw new IllegalStateException("Keycloak did not start for the tests", keycloakFailure);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            awaitKeycloak(); // so a Keycloak still starting is stopped too
        } catch (RuntimeException e) {
            // already reported to the tests that needed it
        }
        BrowserSession.closePool();
        ParallelStart.closeAll(running, null);
        running = new ArrayList<>();
        mail = null;
    }
}
