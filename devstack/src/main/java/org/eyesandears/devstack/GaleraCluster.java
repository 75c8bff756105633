package org.eyesandears.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A MariaDB Galera cluster of Debian's packages ({@code mariadb-server} 10.11 and {@code galera-4}),
 * every node a {@code mariadbd} on loopback started by hand (no systemd), for the run command's
 * cluster mode and the fault script (ADR 0038). Node {@code i} listens for SQL on
 * {@code sqlPort + i}, for group communication on {@code galeraPort + i}, for incremental state
 * transfers on {@code galeraPort + 10 + i} and for full ones (rsync) on {@code galeraPort + 20 + i}.
 *
 * <p>The first node bootstraps the cluster ({@code --wsrep-new-cluster}); the others join it and
 * copy its state. The data stays in {@code <dir>/node<i>} between runs.
 */
public final class GaleraCluster implements AutoCloseable {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");

    private final List<Node> nodes;
    private final String database;

    private GaleraCluster(List<Node> nodes, String database) {
        this.nodes = nodes;
        this.database = database;
    }

    /** One {@code mariadbd} of the cluster. */
    public static final class Node implements AutoCloseable {
        final int index;
        final Path dir;
        final int sqlPort;
        final int galeraPort;
        Process process;

        Node(int index, Path dir, int sqlPort, int galeraPort) {
            this.index = index;
            this.dir = dir;
            this.sqlPort = sqlPort;
            this.galeraPort = galeraPort;
        }

        public int sqlPort() {
            return sqlPort;
        }

        public Path socket() {
            return dir.resolve("mysqld.sock");
        }

        public long pid() {
            return process.pid();
        }

        Path log() {
            return dir.resolve("error.log");
        }

        /** Asks the node to stop (SIGTERM): it leaves the cluster cleanly. */
        @Override
        public void close() {
            if (process != null && process.isAlive()) {
                ManagedProcesses.stop(process, Duration.ofSeconds(60));
            }
        }
    }

    /** True when Debian's MariaDB server and Galera library are installed. */
    public static boolean installed() {
        return Files.isExecutable(MARIADBD) && Files.isRegularFile(PROVIDER);
    }

    /**
     * Starts (or restarts, keeping its data) a cluster of {@code size} nodes and makes sure the
     * database and its accounts exist, as {@link EmbeddedDatabase} does for a single server.
     */
    public static GaleraCluster start(Path dir, int size, int sqlPort, int galeraPort, String database, String user,
                                      String password) throws IOException {
        if (!installed()) {
            throw new IllegalStateException("The cluster needs Debian's MariaDB and Galera:"
                    + " apt-get install mariadb-server galera-4 rsync");
        }
        List<Node> nodes = IntStream.range(0, size)
                .mapToObj(i -> new Node(i, dir.resolve("node" + i), sqlPort + i, galeraPort + i)).toList();
        GaleraCluster cluster = new GaleraCluster(nodes, database);
        try {
            for (Node node : nodes) {
                prepare(node, nodes);
            }
            cluster.startNode(nodes.get(0), true);
            for (Node node : nodes.subList(1, size)) {
                cluster.startNode(node, false);
            }
            cluster.createAccounts(user, password);
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The JDBC URL for the application: the nodes in order, each taking over when those before it are gone. */
    public String jdbcUrl() {
        return jdbcUrl(0);
    }

    /** As {@link #jdbcUrl()}, starting with node {@code first}: to make several writers, for tests. */
    public String jdbcUrl(int first) {
        return "jdbc:mariadb:sequential://" + IntStream.range(0, nodes.size())
                .mapToObj(i -> "localhost:" + nodes.get((first + i) % nodes.size()).sqlPort)
                .collect(Collectors.joining(",")) + "/" + database;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** Starts a node that was stopped or killed again; it rejoins the cluster. */
    public void restart(Node node) throws IOException {
        startNode(node, false);
    }

    /** The cluster's size as this node sees it, or -1 when it does not answer. */
    public int clusterSize(Node node) {
        try {
            String size = sql(node, "SHOW STATUS LIKE 'wsrep_cluster_size'");
            return Integer.parseInt(size.trim().split("\\s+")[1]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void startNode(Node node, boolean bootstrap) throws IOException {
        List<String> command = new ArrayList<>(List.of(MARIADBD.toString(),
                "--defaults-file=" + node.dir.resolve("my.cnf")));
        if (bootstrap) {
            // The run command stops the first node last, so it is the one safe to start the cluster
            // from; after a crash of all nodes any could be, and this development copy takes node 0.
            Path state = node.dir.resolve("data/grastate.dat");
            if (Files.exists(state)) {
                Files.writeString(state, Files.readString(state).replace("safe_to_bootstrap: 0", "safe_to_bootstrap: 1"));
            }
            command.add("--wsrep-new-cluster");
        }
        Path out = node.dir.resolve("mariadbd.out");
        node.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        // A joining node first copies the others' state (rsync), which takes a while on first start.
        ManagedProcesses.awaitReady("Galera node " + node.index, node.process, node.log(), Duration.ofMinutes(3),
                () -> synced(node));
    }

    private static boolean synced(Node node) {
        if (!Files.exists(node.socket())) {
            return false;
        }
        try {
            return sql(node, "SHOW STATUS LIKE 'wsrep_local_state_comment'").contains("Synced");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void prepare(Node node, List<Node> all) throws IOException {
        Path data = node.dir.resolve("data");
        Files.createDirectories(data);
        Files.createDirectories(node.dir.resolve("tmp"));
        boolean root = "root".equals(System.getProperty("user.name"));
        String members = all.stream().map(n -> "127.0.0.1:" + n.galeraPort).collect(Collectors.joining(","));
        String config = String.join("\n",
                "[mariadbd]",
                "datadir=" + data,
                "socket=" + node.socket(),
                "pid-file=" + node.dir.resolve("mariadbd.pid"),
                "tmpdir=" + node.dir.resolve("tmp"),
                "log-error=" + node.log(),
                "port=" + node.sqlPort,
                "bind-address=127.0.0.1",
                // As root, the server runs as Debian's mysql user: the rsync daemon that receives a
                // full state transfer would otherwise run as nobody and may not write the data.
                root ? "user=mysql" : "",
                "character-set-server=utf8mb4",
                "collation-server=utf8mb4_unicode_ci",
                "default-time-zone=+00:00",
                "innodb_buffer_pool_size=128M",
                // Galera's requirements: row-based replication, interleaved auto-increment locks.
                "binlog_format=ROW",
                "default_storage_engine=InnoDB",
                "innodb_autoinc_lock_mode=2",
                // The schema owner is no SUPER user, and a server that logs binary (as every Galera
                // node does) lets only SUPER create triggers unless told to trust their creators.
                "log_bin_trust_function_creators=ON",
                "wsrep_on=ON",
                "wsrep_provider=" + PROVIDER,
                "wsrep_cluster_name=eyesandears",
                "wsrep_cluster_address=gcomm://" + members,
                "wsrep_node_name=node" + node.index,
                "wsrep_node_address=127.0.0.1:" + node.galeraPort,
                "wsrep_provider_options=\"gmcast.listen_addr=tcp://127.0.0.1:" + node.galeraPort
                        + ";ist.recv_addr=127.0.0.1:" + (node.galeraPort + 10) + ";gcache.size=128M\"",
                "wsrep_sst_receive_address=127.0.0.1:" + (node.galeraPort + 20),
                "wsrep_sst_method=rsync",
                // A full state transfer blocks its donor: take it from the node the application
                // writes to last (the sequential URL writes to the lowest-numbered node that answers).
                "wsrep_sst_donor=" + all.stream().filter(n -> n != node).map(n -> "node" + n.index)
                        .sorted(java.util.Comparator.reverseOrder()).collect(Collectors.joining(",")) + ",",
                "");
        Files.writeString(node.dir.resolve("my.cnf"), config);
        if (root) {
            chownTree(node.dir, "mysql");
        }
        if (node.index == 0 && !Files.exists(data.resolve("mysql"))) {
            List<String> install = new ArrayList<>(List.of("mariadb-install-db",
                    "--defaults-file=" + node.dir.resolve("my.cnf"), "--auth-root-authentication-method=socket",
                    "--auth-root-socket-user=" + System.getProperty("user.name")));
            if (root) {
                install.add("--user=mysql");
            }
            run(install, node.dir.resolve("install.log"));
        }
    }

    private void createAccounts(String user, String password) {
        Node first = nodes.get(0);
        String owner = EmbeddedDatabase.ownerUser(user);
        String host = hostName();
        // The same accounts as the embedded database (ADR 0007). Account statements replicate to
        // every node; the embedded server's DELETE from mysql.global_priv would not.
        sql(first, String.join(";\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "DROP USER IF EXISTS ''@'localhost'",
                "DROP USER IF EXISTS ''@'" + host + "'",
                "CREATE USER IF NOT EXISTS '" + owner + "'@'%' IDENTIFIED BY '"
                        + EmbeddedDatabase.ownerPassword(password) + "'",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + owner + "'@'%' WITH GRANT OPTION",
                "CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                "GRANT SELECT ON `" + database + "`.* TO '" + user + "'@'%'",
                // Root over TCP with a password, as on the embedded server, for tests and scripts.
                "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('"
                        + EmbeddedDatabase.ROOT_PASSWORD + "')",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '" + EmbeddedDatabase.ROOT_PASSWORD + "'",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION"));
    }

    /** Runs SQL on a node through Debian's client over the node's socket; the output, tab separated. */
    static String sql(Node node, String statements) {
        try {
            Process client = new ProcessBuilder("mariadb", "--socket=" + node.socket(),
                    "--user=" + System.getProperty("user.name"), "--batch", "--skip-column-names",
                    "--connect-timeout=5", "--execute=" + statements).redirectErrorStream(true).start();
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (client.waitFor() != 0) {
                throw new IllegalStateException("SQL on Galera node " + node.index + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("No mariadb client: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + ManagedProcesses.tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void chownTree(Path dir, String owner) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(owner);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(owner);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** Stops the nodes, the first one last, so that it is the one safe to bootstrap from next time. */
    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }
}
