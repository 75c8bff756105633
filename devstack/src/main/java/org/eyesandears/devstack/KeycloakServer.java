package org.eyesandears.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its distribution on Maven Central, started in development mode on a loopback
 * port, importing the realm files on first start.
 *
 * <p>The first start of a fresh installation includes Keycloak's build step (about a minute);
 * later starts of the same installation take about ten seconds.
 */
public final class KeycloakServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak installed under {@code home} (unpacked from the distribution if missing).
     *
     * @param realmFiles   realm (and users) JSON files to import when the realm does not exist yet
     * @param freshRealm   forget any earlier state, so the realm is imported anew (tests)
     */
    public static KeycloakServer start(Path home, int port, List<Path> realmFiles, boolean freshRealm,
                                       Path log) throws IOException {
        return start(home, port, realmFiles, freshRealm, log, Map.of());
    }

    /**
     * As {@link #start(Path, int, List, boolean, Path)}, with environment variables for Keycloak,
     * such as the values of {@code ${...}} placeholders in the realm files, which Keycloak fills in
     * when it imports them.
     */
    public static KeycloakServer start(Path home, int port, List<Path> realmFiles, boolean freshRealm,
                                       Path log, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            unpack(distribution(), home);
        }
        Path imports = home.resolve("data/import");
        if (freshRealm) {
            Support.deleteTree(home.resolve("data/h2"));
            Support.deleteTree(imports);
        }
        Files.createDirectories(imports);
        installExtension(home);
        for (Path file : realmFiles) {
            Files.copy(file, imports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1",
                "--http-management-port=" + (port + 1000), "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin");
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().putAll(env);
        Process process = builder.start();
        String ready = "http://localhost:" + port + "/realms/eyesandears/.well-known/openid-configuration";
        ManagedProcesses.awaitReady("Keycloak", process, log, Duration.ofMinutes(4),
                () -> ManagedProcesses.answers200(ready));
        return new KeycloakServer(process, port);
    }

    /** The realm's issuer URL, as the application's OIDC_PROVIDER_URL. */
    public String realmUrl() {
        return "http://localhost:" + port + "/realms/eyesandears";
    }

    @Override
    public void close() {
        ManagedProcesses.stop(process, Duration.ofSeconds(20));
    }

    /**
     * Copies the project's Keycloak provider (realm/, ADR 0015: disabling a user ends their sessions)
     * into {@code providers/}; development mode rebuilds Keycloak when the jar changed.
     */
    static void installExtension(Path home) throws IOException {
        Path jar = Path.of(properties().getProperty("keycloak.extension"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Keycloak extension not found at " + jar
                    + ": build the project first (./mvnw -DskipTests package).");
        }
        Path providers = Files.createDirectories(home.resolve("providers"));
        Path installed = providers.resolve("eyesandears-keycloak-extension.jar");
        if (!Files.isRegularFile(installed) || Files.mismatch(jar, installed) != -1) {
            Files.copy(jar, installed, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/devstack.properties")) {
            properties.load(in);
        }
        return properties;
    }

    /** The distribution zip that the build resolved from Maven Central (see devstack.properties). */
    static Path distribution() throws IOException {
        Path zip = Path.of(properties().getProperty("keycloak.dist"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ": build the project first (./mvnw -DskipTests package).");
        }
        return zip;
    }

    /** Unpacks the zip's single top folder into {@code home}, keeping scripts executable. */
    static void unpack(Path zip, Path home) throws IOException {
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking");
        Support.deleteTree(staging);
        Files.createDirectories(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = staging.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        Support.deleteTree(home);
        Files.move(staging, home);
    }
}
