package org.eyesandears.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The run command's cluster mode ({@code ./run.sh cluster}, ADR 0038): three MariaDB Galera nodes,
 * Keycloak, two WildFly nodes of the one provisioned server and HAProxy in front, all on loopback.
 * The WildFly nodes differ only in system properties (node name, port offset, the JGroups member
 * list) and share one folder for attachments, imports and audit checkpoints (ADR 0039).
 *
 * <p>Every port moves by {@code DEVSTACK_PORT_OFFSET} (default 0, as for the single node), so the cluster can run beside other stacks:
 * HAProxy on 8080, Keycloak on 8180, WildFly nodes with port offsets 200 and 300 (HTTP 8280, 8380;
 * management 9910, 9920; JGroups 7800, 7900), Galera SQL on 3311-3313 and group communication on
 * 4567-4569 (state transfers on 4577-4579 and 4587-4589).
 */
public final class ClusterStack {

    static final int WILDFLY_NODES = 2;
    static final int GALERA_NODES = 3;

    /** The ports of one cluster, all moved by one offset. */
    record Ports(int offset) {
        int proxy() {
            return 8080 + offset;
        }

        int keycloak() {
            return 8180 + offset;
        }

        /** WildFly node {@code n} (1-based): its port offset. */
        int wildflyOffset(int n) {
            return offset + 100 + 100 * n;
        }

        int wildflyHttp(int n) {
            return 8080 + wildflyOffset(n);
        }

        int jgroups(int n) {
            return 7600 + wildflyOffset(n);
        }

        /**
         * WildFly node {@code n}'s management port, 9900 + 10n: moved by the offset alone, not by the
         * node's, so that all ports stay within 10,000 of the offset (the test machines' port slots).
         */
        int management(int n) {
            return 9900 + offset + 10 * n;
        }

        int galeraSql() {
            return 3311 + offset;
        }

        int galera() {
            return 4567 + offset;
        }
    }

    private ClusterStack() {
    }

    /** Starts everything, or stops what did start and throws. The servers returned are in start order. */
    static List<AutoCloseable> start(Path root, Path dir, Ports ports, Path logs) throws IOException {
        Files.createDirectories(logs);
        Path shared = dir.resolve("shared");
        List<AutoCloseable> running = new ArrayList<>();
        try {
            ParallelStart start = new ParallelStart();
            var galera = start.start(() -> GaleraCluster.start(dir.resolve("galera"), GALERA_NODES, ports.galeraSql(),
                    ports.galera(), "eyesandears", "eyesandears", "eyesandears"));
            var keycloak = start.start(() -> KeycloakServer.start(root.resolve("data/keycloak-cluster"),
                    ports.keycloak(), DevRealm.write(root.resolve("realm"), dir.resolve("realm")), false,
                    logs.resolve("keycloak.log")));
            running.addAll(start.awaitAll());
            say("Galera is up: " + galera.join().jdbcUrl());
            say("Keycloak is up at " + keycloak.join().realmUrl());

            Map<String, String> env = new LinkedHashMap<>();
            env.put("DB_URL", galera.join().jdbcUrl());
            env.put("DB_USER", "eyesandears");
            env.put("DB_PASSWORD", "eyesandears");
            env.put("DB_OWNER_USER", EmbeddedDatabase.ownerUser("eyesandears"));
            env.put("DB_OWNER_PASSWORD", EmbeddedDatabase.ownerPassword("eyesandears"));
            env.put("OIDC_PROVIDER_URL", keycloak.join().realmUrl());
            env.put("ATTACHMENTS_DIR", shared.resolve("attachments").toString());
            env.put("IMPORTS_DIR", shared.resolve("imports").toString());
            env.put("AUDIT_CHECKPOINT_DIR", shared.resolve("audit-checkpoints").toString());
            String members = IntStream.rangeClosed(1, WILDFLY_NODES)
                    .mapToObj(n -> "127.0.0.1[" + ports.jgroups(n) + "]").collect(Collectors.joining(","));
            // The first node alone migrates the schema; the second starts once it has.
            // CLUSTER_WRITERS=spread (for the fault script): each WildFly node writes to another Galera
            // node, so that concurrent writes meet as certification conflicts (ADR 0039).
            boolean spread = "spread".equals(System.getenv("CLUSTER_WRITERS"));
            for (int n = 1; n <= WILDFLY_NODES; n++) {
                say("Starting WildFly node " + n + " (http://localhost:" + ports.wildflyHttp(n) + "/)...");
                Map<String, String> nodeEnv = new LinkedHashMap<>(env);
                if (spread) {
                    nodeEnv.put("DB_URL", galera.join().jdbcUrl(n - 1));
                }
                running.add(startWildFly(root, dir, n, ports, members, nodeEnv, logs));
            }
            List<Integer> httpPorts = IntStream.rangeClosed(1, WILDFLY_NODES).mapToObj(ports::wildflyHttp).toList();
            running.add(HaProxy.start(dir.resolve("haproxy"), ports.proxy(), httpPorts, logs.resolve("haproxy.log")));
            return running;
        } catch (IOException | RuntimeException e) {
            ParallelStart.closeAll(running, e instanceof RuntimeException r ? r : null);
            throw e;
        }
    }

    /** Starts WildFly node {@code n} of the cluster; also used to bring a killed node back. */
    static WildFlyServer startWildFly(Path root, Path dir, int n, Ports ports, String members, Map<String, String> env,
                                      Path logs) throws IOException {
        return WildFlyServer.start(root.resolve("ear/target/server"), dir.resolve("wildfly" + n),
                root.resolve("ear/target/eyesandears.ear"), env, logs.resolve("wildfly" + n + ".log"),
                List.of("-Djboss.socket.binding.port-offset=" + ports.wildflyOffset(n),
                        "-Djboss.management.http.port=" + (ports.management(n) - ports.wildflyOffset(n)),
                        "-Djboss.node.name=node" + n,
                        "-Djboss.tx.node.id=node" + n,
                        "-Djboss.cluster.members=" + members));
    }

    /** The cluster mode of the run command. */
    static void run(Path root) throws Exception {
        int offset = DevStack.PORT_OFFSET;
        Ports ports = new Ports(offset);
        Path dir = root.resolve("data/cluster");
        Path logs = dir.resolve("logs");
        List<AutoCloseable> running = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ParallelStart.closeAll(running, null), "cluster-stop"));
        say("Starting three Galera nodes and Keycloak (the first start copies the database to each node)...");
        try {
            running.addAll(start(root, dir, ports, logs));
        } catch (RuntimeException e) {
            System.err.println("\nThe cluster could not start: " + e.getMessage());
            System.exit(1);
        }
        String app = "http://localhost:" + ports.proxy();
        DemoData.loadOnce(dir.resolve("demo-data-loaded.txt"), app, "http://localhost:" + ports.keycloak()
                + "/realms/eyesandears");
        say("");
        say("Eyes and Ears is running as a cluster at " + app + "/ (HAProxy; stats of each node in data/cluster/logs)");
        say("WildFly nodes: " + IntStream.rangeClosed(1, WILDFLY_NODES)
                .mapToObj(n -> "http://localhost:" + ports.wildflyHttp(n) + "/").collect(Collectors.joining(", ")));
        say("Sign in as any of the demo users (password = username): " + String.join(", ", DevStack.DEMO_USERS));
        say("Logs are in data/cluster/logs. Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
