package org.eyesandears.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provisioned WildFly with the application deployed, for the run command. Its configuration
 * comes fresh from the build each start; its server state lives under a base directory of its
 * own, so the run command and the tests never share one.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final Pattern DEPLOYMENTS = Pattern.compile("\\s*<deployments>.*?</deployments>", Pattern.DOTALL);

    private final Process process;

    private WildFlyServer(Process process) {
        this.process = process;
    }

    public static WildFlyServer start(Path jbossHome, Path baseDir, Path ear, Map<String, String> env,
                                      Path log) throws IOException {
        return start(jbossHome, baseDir, ear, env, log, List.of());
    }

    /**
     * As {@link #start(Path, Path, Path, Map, Path)}, with more arguments for the server, such as
     * {@code -Djboss.socket.binding.port-offset=...} for a second server beside another.
     *
     * @throws IllegalStateException with the log's last lines when the application fails to deploy
     */
    public static WildFlyServer start(Path jbossHome, Path baseDir, Path ear, Map<String, String> env,
                                      Path log, List<String> serverArgs) throws IOException {
        if (!Files.isRegularFile(jbossHome.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned WildFly at " + jbossHome
                    + ": build the project first (./mvnw -DskipTests package).");
        }
        Path configuration = baseDir.resolve("configuration");
        Path deployments = baseDir.resolve("deployments");
        Files.createDirectories(configuration);
        Files.createDirectories(deployments);
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, configuration.resolve(file.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path standaloneXml = configuration.resolve("standalone.xml");
        Files.writeString(standaloneXml, withoutDeployments(Files.readString(standaloneXml)));
        try (Stream<Path> markers = Files.list(deployments)) {
            for (Path marker : (Iterable<Path>) markers::iterator) {
                Files.delete(marker);
            }
        }
        Path deployed = deployments.resolve(ear.getFileName());
        Files.copy(ear, deployed, StandardCopyOption.REPLACE_EXISTING);

        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-Djboss.bind.address=127.0.0.1"));
        command.addAll(serverArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("JBOSS_HOME", jbossHome.toAbsolutePath().toString());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        Process process = builder.start();
        Path done = deployments.resolve(ear.getFileName() + ".deployed");
        Path failed = deployments.resolve(ear.getFileName() + ".failed");
        ManagedProcesses.awaitReady("WildFly", process, log, Duration.ofMinutes(3), () -> {
            if (Files.exists(failed)) {
                throw new IllegalStateException("The application failed to deploy. Last lines of "
                        + log + ":\n" + ManagedProcesses.tail(log));
            }
            return Files.exists(done);
        });
        return new WildFlyServer(process);
    }

    /**
     * The server configuration without the deployments a server using the provisioned folder itself
     * registered through its management interface: the test server Arquillian manages keeps the
     * application registered there while the tests run (ADR 0027), and its content lives in that
     * server's data folder, not in this one's. This server deploys the EAR from its deployments
     * folder only.
     */
    static String withoutDeployments(String standaloneXml) {
        return DEPLOYMENTS.matcher(standaloneXml).replaceAll("");
    }

    @Override
    public void close() {
        ManagedProcesses.stop(process, Duration.ofSeconds(30));
    }
}
