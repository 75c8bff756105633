package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import cut off by a server stop (its background thread gone, its row still "running") is
 * marked failed when the application starts again, with what to do next, and its uploaded file
 * is deleted; the rows it had imported stay.
 */
@ExtendWith(ArquillianExtension.class)
class InterruptedImportIT {

    private static final String APP = "app";

    @Deployment(name = APP, managed = false, testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void anImportCutOffByAStopIsMarkedFailedAtTheNextStartAndItsFileDeleted() throws Exception {
        deployer.deploy(APP);
        long dataset;
        long job;
        Path upload;
        try {
            ApiClient analyst = ApiClient.as("analyst");
            dataset = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), LinkageFixtures.FHRS_MAP);
            // The state a stop leaves: the job half done, its file waiting in the imports folder.
            job = insertRunningJob(dataset);
            upload = Path.of(System.getProperty("jboss.home"), "standalone", "data", "imports", "import-" + job + ".csv");
            Files.createDirectories(upload.getParent());
            Files.writeString(upload, LinkageFixtures.FHRS_HEADER);
        } finally {
            deployer.undeploy(APP);
        }

        deployer.deploy(APP);
        try {
            JsonObject progress = ApiClient.object(ApiClient.as("analyst").get("/api/linkage/imports/" + job));
            assertThat(progress.getString("status")).isEqualTo("FAILED");
            assertThat(progress.getString("failure")).contains("The server stopped while this import ran")
                    .contains("upload the file again");
            assertThat(progress.getInt("rowsDone")).as("progress made before the stop is still shown").isEqualTo(500);
            assertThat(upload).doesNotExist();
            assertThat(auditedAtStartUp(job)).isTrue();
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static long insertRunningJob(long dataset) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO import_job (dataset_id, file_name, status, rows_total, rows_done, rows_added, started_by,"
                        + " started_at) VALUES (?, 'fhrs-large.csv', 'RUNNING', 2000, 500, 500, 'analyst', NOW(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, dataset);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static boolean auditedAtStartUp(long job) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_record WHERE object_type = 'import_job' AND object_id = ?"
                        + " AND operation = 'ALTERATION' AND detail LIKE 'FAILED at start-up%'")) {
            s.setString(1, String.valueOf(job));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }
}
