package org.eyesandears.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The run command ({@code ./run.sh cluster}: {@link ClusterStack}): starts MariaDB (embedded, unless DB_URL names another), Keycloak and WildFly
 * with the application, prints where to go and who to sign in as, and stops all three on Ctrl-C.
 *
 * <p>Everything it keeps lives under {@code data/} in the working directory (the repository root),
 * so a second run starts faster and finds the data of the first.
 */
public final class DevStack {

    /**
     * Added to every port (WildFly's through its socket-binding offset), from
     * {@code DEVSTACK_PORT_OFFSET} (default 0), so a second stack runs beside the first: the load test
     * ({@code bench/load.sh}), the restore drill ({@code ops/backup/restore-drill.sh}), the cluster's
     * fault script. The dev realm accepts sign-in returns to localhost:8080 plus the offsets listed in
     * docs/development.md.
     */
    static final int PORT_OFFSET = portOffset(System.getenv("DEVSTACK_PORT_OFFSET"));
    static final int HTTP_PORT = 8080 + PORT_OFFSET;
    static final int KEYCLOAK_PORT = 8180 + PORT_OFFSET;
    static final int DB_PORT = 3307 + PORT_OFFSET;

    /** Demo users of realm/eyesandears-users-0.json; each password equals the username. */
    static final List<String> DEMO_USERS = List.of("officer.food", "officer.fire",
            "desk.immigration", "desk.hmrc", "desk.fire", "desk.tradingstandards", "coordinator",
            "manager", "analyst", "admin", "auditor");

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        if (args.length > 0 && "cluster".equals(args[0])) {
            ClusterStack.run(root);
            return;
        }
        // DEVSTACK_DATA: where the stack keeps its state (default data/ in the repository).
        Path data = root.resolve(System.getenv().getOrDefault("DEVSTACK_DATA", "data"));
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);
        List<AutoCloseable> running = new CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(running), "devstack-stop"));

        String externalDb = System.getenv("DB_URL");
        say("Starting " + (externalDb == null ? "MariaDB (data in data/mariadb) and " : "")
                + "Keycloak (first start builds it: about a minute)...");
        CompletableFuture<EmbeddedDatabase> db = externalDb != null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> Support.unchecked(() -> EmbeddedDatabase.start(
                        data.resolve("mariadb"), DB_PORT, "eyesandears", "eyesandears", "eyesandears")));
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> Support.unchecked(() ->
                KeycloakServer.start(data.resolve("keycloak"), KEYCLOAK_PORT,
                        DevRealm.write(root.resolve("realm"), data.resolve("realm")), false,
                        logs.resolve("keycloak.log"))));
        try {
            EmbeddedDatabase database = db.join();
            if (database != null) {
                running.add(database);
                say("MariaDB is up at " + database.jdbcUrl());
            }
            KeycloakServer idp = keycloak.join();
            running.add(idp);
            say("Keycloak is up at http://localhost:" + KEYCLOAK_PORT + "/ (admin console: kcadmin / kcadmin)");

            Map<String, String> env = new LinkedHashMap<>();
            if (database != null) {
                env.put("DB_URL", database.jdbcUrl());
                env.put("DB_USER", "eyesandears");
                env.put("DB_PASSWORD", "eyesandears");
                env.put("DB_OWNER_USER", EmbeddedDatabase.ownerUser("eyesandears"));
                env.put("DB_OWNER_PASSWORD", EmbeddedDatabase.ownerPassword("eyesandears"));
            }
            env.put("OIDC_PROVIDER_URL", idp.realmUrl());
            say("Starting WildFly with the application...");
            running.add(WildFlyServer.start(root.resolve("ear/target/server"), data.resolve("wildfly"),
                    root.resolve("ear/target/eyesandears.ear"), env, logs.resolve("wildfly.log"),
                    // Alone: no need to look for other cluster members for JGroups' 2 s (ADR 0038).
                    List.of("-Djboss.cluster.join.timeout=100", "-Djboss.socket.binding.port-offset=" + PORT_OFFSET)));
            DemoData.loadOnce(data.resolve("demo-data-loaded.txt"), "http://localhost:" + HTTP_PORT,
                    idp.realmUrl());
        } catch (CompletionException | IllegalStateException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("\nThe stack could not start: " + cause.getMessage());
            System.exit(1);
        }

        say("");
        say("Eyes and Ears is running at http://localhost:" + HTTP_PORT + "/");
        say("Sign in as any of these demo users; each password is the same as the username:");
        DEMO_USERS.forEach(user -> say("    " + user));
        say("API: get a token from the eyesandears-cli client, e.g.");
        say("    curl -d grant_type=password -d client_id=eyesandears-cli -d username=officer.food"
                + " -d password=officer.food http://localhost:" + KEYCLOAK_PORT
                + "/realms/eyesandears/protocol/openid-connect/token");
        say("Logs are in data/logs. Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    /** The offset named by DEVSTACK_PORT_OFFSET: 0 when unset; refused unless all ports stay below 65536. */
    static int portOffset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int offset;
        try {
            offset = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DEVSTACK_PORT_OFFSET must be a whole number, not '" + value + "'");
        }
        if (offset < 0 || offset > 65535 - 9990) {
            throw new IllegalArgumentException("DEVSTACK_PORT_OFFSET must be between 0 and " + (65535 - 9990)
                    + " (the management port 9990 plus the offset must be a port), not " + offset);
        }
        return offset;
    }

    private static void stopAll(List<AutoCloseable> running) {
        say("\nStopping...");
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
        say("Stopped.");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
