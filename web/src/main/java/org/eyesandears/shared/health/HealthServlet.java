package org.eyesandears.shared.health;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /health}: whether the application can serve, in the MicroProfile Health wire format
 * ({@code {"status":"UP","checks":[...]}}; 200 when up, 503 when down), for load balancers and
 * container probes. It reports that the database answers and which schema migration it is at,
 * and nothing more, since it needs no sign-in.
 *
 * <p>WildFly's own MicroProfile Health endpoint (management port) covers the server; it does not
 * pick up checks from an EAR's modules, hence this endpoint for the application's database.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Resource(lookup = "java:jboss/datasources/EyesAndEarsDS")
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder database = Json.createObjectBuilder().add("name", "database");
        boolean up;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version from flyway_schema_history"
                     + " where success = 1 order by installed_rank desc limit 1")) {
            up = rs.next();
            database.add("status", up ? "UP" : "DOWN")
                    .add("data", Json.createObjectBuilder()
                            .add("schemaVersion", up ? rs.getString(1) : "none"));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: database unavailable", e);
            up = false;
            database.add("status", "DOWN");
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", Json.createArrayBuilder().add(database))
                .build().toString());
    }
}
