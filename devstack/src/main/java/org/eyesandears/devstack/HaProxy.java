package org.eyesandears.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy in front of the WildFly nodes of the run command's cluster mode (ADR 0038): round
 * robin with sticky sessions (a cookie naming the node; any node can serve the session, the cookie
 * only keeps it where its cache is warm), a node taken out after two failed {@code /health} checks a
 * second apart, and requests retried on another node only where that is safe: a refused connection
 * for any request, a reset or a timeout for GET and HEAD only.
 */
public final class HaProxy implements AutoCloseable {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Process process;

    private HaProxy(Process process) {
        this.process = process;
    }

    public static boolean installed() {
        return Files.isExecutable(HAPROXY);
    }

    /** Starts HAProxy on {@code port}, balancing over the given WildFly HTTP ports on loopback. */
    public static HaProxy start(Path dir, int port, List<Integer> serverPorts, Path log) throws IOException {
        if (!installed()) {
            throw new IllegalStateException("The cluster needs Debian's HAProxy: apt-get install haproxy");
        }
        Files.createDirectories(dir);
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, config(port, serverPorts));
        Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String health = "http://localhost:" + port + "/health";
        ManagedProcesses.awaitReady("HAProxy", process, log, Duration.ofSeconds(30),
                () -> ManagedProcesses.answers200(health));
        return new HaProxy(process);
    }

    static String config(int port, List<Integer> serverPorts) {
        String servers = IntStream.range(0, serverPorts.size())
                .mapToObj(i -> "    server node" + (i + 1) + " 127.0.0.1:" + serverPorts.get(i)
                        + " check inter 1s fall 2 rise 2 cookie node" + (i + 1))
                .collect(Collectors.joining("\n"));
        return """
                global
                    maxconn 4000

                defaults
                    mode http
                    option httplog
                    log stdout format raw local0
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    timeout http-request 30s

                frontend app
                    bind 127.0.0.1:%d
                    # Tell the application the original scheme, as a TLS-terminating proxy would.
                    option forwardfor
                    default_backend wildfly

                backend wildfly
                    balance roundrobin
                    option httpchk GET /health
                    http-check expect status 200
                    cookie EAE_NODE insert indirect nocache httponly
                    # A refused connection is retried on another node for any request (nothing was
                    # sent); a reset, an empty answer or a timeout only for requests that change nothing.
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response response-timeout
                    http-request disable-l7-retry unless METH_GET
                %s
                """.formatted(port, servers);
    }

    @Override
    public void close() {
        ManagedProcesses.stop(process, Duration.ofSeconds(10));
    }
}
