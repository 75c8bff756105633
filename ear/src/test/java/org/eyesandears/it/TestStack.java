package org.eyesandears.it;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eyesandears.devstack.EmbeddedDatabase;
import org.eyesandears.devstack.KeycloakServer;
import org.eyesandears.devstack.Support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need besides WildFly (which Arquillian manages): a fresh
 * embedded MariaDB (unless DB_URL names an external one), Keycloak with a freshly imported realm
 * and demo users, a real SMTP server (GreenMail) for the application's e-mail, and Debian's
 * Chromium for the browser tests. Once per test run, in parallel, and
 * stopped when the run ends.
 *
 * <p>Active only under Failsafe, which passes the settings as system properties.
 */
public class TestStack implements LauncherSessionListener {

    private static GreenMail mail;

    private EmbeddedDatabase database;
    private KeycloakServer keycloak;

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

        CompletableFuture<Void> browser = CompletableFuture.runAsync(Browser::ensureInstalled);
        CompletableFuture<EmbeddedDatabase> db = CompletableFuture.supplyAsync(() -> {
            if (!embeddedDb) {
                return null;
            }
            Path dbDir = work.resolve("mariadb");
            Support.deleteTree(dbDir.resolve("data"));
            return Support.unchecked(() -> EmbeddedDatabase.start(dbDir,
                    Integer.getInteger("eyesandears.it.db.port"), "eyesandears", "eyesandears",
                    "eyesandears"));
        });
        CompletableFuture<KeycloakServer> idp = CompletableFuture.supplyAsync(() ->
                Support.unchecked(() -> KeycloakServer.start(work.resolve("keycloak"),
                        Integer.getInteger("eyesandears.it.keycloak.port"),
                        List.of(realm.resolve("eyesandears-realm.json"),
                                realm.resolve("eyesandears-users-0.json")),
                        true, work.resolve("logs/keycloak.log"))));
        mail = new GreenMail(new ServerSetup(Integer.getInteger("eyesandears.it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        database = db.join();
        keycloak = idp.join();
        browser.join();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            Support.unchecked(() -> {
                database.close();
                return null;
            });
        }
    }
}
