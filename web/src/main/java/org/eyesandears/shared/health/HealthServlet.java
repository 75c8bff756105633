package org.eyesandears.shared.health;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eyesandears.shared.schema.SchemaVersion;

/**
 * The node's health for load balancers, container probes and operators, in the MicroProfile
 * Health wire format ({@code {"status":"UP","checks":[...]}}; 200 when up, 503 when down). Needs no
 * sign-in, so it says nothing beyond what an operator needs.
 *
 * <ul>
 *   <li>{@code GET /health/ready} (and {@code GET /health}, which HAProxy and older probes ask):
 *   may this node take requests? {@code database}: the application's account gets a connection and
 *   an answer within {@value #DB_TIMEOUT_SECONDS} s; {@code schema}: the database's schema is at
 *   least the version this code ships ({@link SchemaVersion}) and no migration has failed. Down while
 *   the database is unreachable, so a load balancer sends the node no work it would fail.</li>
 *   <li>{@code GET /health/live}: should the node be restarted? Only what a restart cures: the
 *   application answers and no threads are deadlocked. The database is deliberately not part of it:
 *   a database outage would otherwise restart every node at once, which cures nothing.</li>
 * </ul>
 *
 * <p>Keycloak is in neither: when it is down, signed-in users keep working and bearer tokens are
 * still checked against its cached keys, while taking every node out of the load balancer would turn
 * a sign-in outage into a full one (ADR 0040).
 *
 * <p>WildFly's own MicroProfile Health endpoint (management port, {@code :9990/health}) covers the
 * server; it does not pick up checks from an EAR's modules, hence these endpoints.
 */
@WebServlet({"/health", "/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());
    static final int DB_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/EyesAndEarsDS")
    transient DataSource dataSource;

    @Resource
    transient ManagedExecutorService executor;

    /** The database check under way: probes that come while it hangs wait for it, not start more. */
    private transient Future<SchemaState> inFlight;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<JsonObject> checks = request.getServletPath().equals("/health/live") ? liveness() : readiness();
        boolean up = checks.stream().allMatch(c -> c.getString("status").equals("UP"));
        JsonArrayBuilder array = Json.createArrayBuilder();
        checks.forEach(array::add);
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", array)
                .build().toString());
    }

    private List<JsonObject> readiness() {
        JsonObjectBuilder database = Json.createObjectBuilder().add("name", "database");
        JsonObjectBuilder schema = Json.createObjectBuilder().add("name", "schema");
        String expected = SchemaVersion.expected().orElse(null);
        SchemaState state;
        try {
            // On a separate thread, so an unreachable database (a dropped network rather than a
            // refused connection) answers DOWN in seconds, not after the pool's 30 s wait.
            state = databaseCheck().get(DB_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.log(Level.WARNING, "Health check: database unavailable", e);
            state = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = null;
        }
        if (state == null) {
            return List.of(database.add("status", "DOWN").build(),
                    schema.add("status", "DOWN").add("data", Json.createObjectBuilder()
                            .add("schemaVersion", "unknown").add("needed", expected == null ? "unknown" : expected))
                            .build());
        }
        boolean current = state.version() != null && state.failed() == 0
                && (expected == null || SchemaVersion.satisfies(state.version(), expected));
        return List.of(
                database.add("status", "UP").add("data", Json.createObjectBuilder()
                        .add("schemaVersion", state.version() == null ? "none" : state.version())).build(),
                schema.add("status", current ? "UP" : "DOWN").add("data", Json.createObjectBuilder()
                        .add("schemaVersion", state.version() == null ? "none" : state.version())
                        .add("needed", expected == null ? "unknown" : expected)
                        .add("failedMigrations", state.failed())).build());
    }

    private synchronized Future<SchemaState> databaseCheck() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = executor.submit(this::schemaState);
        }
        return inFlight;
    }

    private SchemaState schemaState() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(DB_TIMEOUT_SECONDS);
            String version = null;
            try (ResultSet rs = statement.executeQuery("select version from flyway_schema_history"
                    + " where success = 1 and version is not null order by installed_rank desc limit 1")) {
                if (rs.next()) {
                    version = rs.getString(1);
                }
            }
            try (ResultSet rs = statement.executeQuery("select count(*) from flyway_schema_history where success = 0")) {
                rs.next();
                return new SchemaState(version, rs.getInt(1));
            }
        }
    }

    private static List<JsonObject> liveness() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return List.of(Json.createObjectBuilder().add("name", "threads")
                .add("status", count == 0 ? "UP" : "DOWN")
                .add("data", Json.createObjectBuilder().add("deadlocked", count)).build());
    }

    private record SchemaState(String version, int failed) {
    }
}
