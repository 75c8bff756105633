package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.business.LinkageFixtures.FHRS_HEADER;
import static org.eyesandears.business.LinkageFixtures.FHRS_MAP;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing agency datasets through the API: mapping saved and reused, re-import, bad rows, cancel, access. */
@ExtendWith(ArquillianExtension.class)
class DatasetImportIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static long recordsIn(long dataset) throws Exception {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM source_record WHERE dataset_id = ?")) {
            s.setLong(1, dataset);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aNewerFileUpdatesTheDatasetWithTheSavedMappingAndDuplicatesNothing() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        String pc = LinkageFixtures.uniquePostcode();
        long dataset = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), FHRS_MAP);
        JsonObject first = LinkageFixtures.importAndWait(analyst, dataset, FHRS_HEADER
                + "A1,Alpha Cafe,1 Station Road,,Luton," + pc + ",\n"
                + "A2,Beta Bakery,2 Station Road,Unit 1,Luton," + pc + ",\n"
                + "A3,Gamma Grill,3 Station Road,,Luton," + pc + ",\n");
        assertThat(first.getString("status")).isEqualTo("COMPLETED");
        assertThat(first.getInt("rowsAdded")).isEqualTo(3);
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("SELECT username, operation, channel, client_address"
                     + " FROM audit_record WHERE object_type = 'import_job' AND object_id = ?")) {
            s.setString(1, String.valueOf(first.getJsonNumber("id").longValue()));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the finished import is in the audit trail").isTrue();
                assertThat(rs.getString("username")).isEqualTo("analyst");
                assertThat(rs.getString("operation")).isEqualTo("COLLECTION");
                assertThat(rs.getString("channel")).as("imported in the background, not in a request").isEqualTo("JOB");
                assertThat(rs.getString("client_address")).isNull();
            }
        }

        // The mapping was saved with the dataset: the second import sends only the file.
        JsonObject saved = ApiClient.array(analyst.get("/api/linkage/datasets")).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == dataset).findFirst().orElseThrow();
        assertThat(saved.getString("columnMap")).isEqualTo(FHRS_MAP);
        JsonObject second = LinkageFixtures.importAndWait(analyst, dataset, FHRS_HEADER
                + "A1,Alpha Cafe,1 Station Road,,Luton," + pc + ",\n"
                + "A2,Beta Bakery and Cakes,2 Station Road,Unit 1,Luton," + pc + ",\n"
                + "A3,Gamma Grill,3 Station Road,,Luton," + pc + ",\n"
                + "A4,Delta Deli,4 Station Road,,Luton," + pc + ",\n");

        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        assertThat(second.getInt("rowsAdded")).isEqualTo(1);
        assertThat(second.getInt("rowsUpdated")).isEqualTo(1);
        assertThat(second.getInt("rowsUnchanged")).isEqualTo(2);
        assertThat(recordsIn(dataset)).isEqualTo(4);
        List<JsonObject> found = ApiClient.array(analyst.get("/api/businesses?postcode=" + pc.replace(" ", "")))
                .getValuesAs(JsonObject.class);
        assertThat(found).extracting(b -> b.getString("name"))
                .containsExactlyInAnyOrder("Alpha Cafe", "Beta Bakery", "Gamma Grill", "Delta Deli");
        JsonObject bakery = ApiClient.object(analyst.get("/api/businesses/" + found.stream()
                .filter(b -> b.getString("name").equals("Beta Bakery")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue()));
        assertThat(bakery.getJsonArray("records").getJsonObject(0).getString("name")).isEqualTo("Beta Bakery and Cakes");
        assertThat(bakery.getJsonArray("records").getJsonObject(0).getString("address")).isEqualTo("2 Station Road, Unit 1");
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndTheRestIsImported() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        String pc = LinkageFixtures.uniquePostcode();
        long dataset = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), FHRS_MAP);
        JsonObject job = LinkageFixtures.importAndWait(analyst, dataset, FHRS_HEADER
                + "B1,Good One,1 Mill Lane,,Luton," + pc + ",\n"          // line 2
                + "B2,,2 Mill Lane,,Luton," + pc + ",\n"                  // line 3: no name
                + "B3,Too Few Fields\n"                                    // line 4
                + "B1,Same Id Again,5 Mill Lane,,Luton," + pc + ",\n"     // line 5: id used on line 2
                + ",No Id,6 Mill Lane,,Luton," + pc + ",\n"               // line 6
                + "B7,\"Quoted, with comma\",7 Mill Lane,,Luton," + pc + ",\n");

        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("rowsAdded")).isEqualTo(2);
        assertThat(job.getInt("rowsBad")).isEqualTo(4);
        List<String> problems = ApiClient.array(analyst.get("/api/linkage/imports/" + job.getJsonNumber("id") + "/problems"))
                .getValuesAs(JsonObject.class).stream()
                .map(p -> "line " + p.getInt("lineFrom") + ": " + p.getString("message")).toList();
        assertThat(problems).containsExactly(
                "line 3: no name (id B2)",
                "line 4: 2 fields where the header has 7",
                "line 5: id B1 already used earlier in this file",
                "line 6: no id");
    }

    @Test
    void aFileWithoutTheMappedColumnsIsRefusedBeforeAnythingIsImported() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        long dataset = LinkageFixtures.dataset(analyst, "FIRE", LinkageFixtures.unique("Fire"), FHRS_MAP);

        HttpResponse<String> response = analyst.post("/api/linkage/datasets/" + dataset + "/imports", "text/csv",
                "Ref,Premises\n1,Somewhere\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The file has no column FHRSID");
        assertThat(recordsIn(dataset)).isZero();
    }

    @Test
    void aLongImportRunsInTheBackgroundAndCanBeCancelled() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        long dataset = LinkageFixtures.dataset(analyst, "LICENSING", LinkageFixtures.unique("Licences"), FHRS_MAP);
        StringBuilder csv = new StringBuilder(FHRS_HEADER);
        String pc = LinkageFixtures.uniquePostcode();
        for (int i = 0; i < 30_000; i++) {
            csv.append('C').append(i).append(",Shop ").append(i).append(",").append(i).append(" Long Road,,Luton,")
                    .append(pc).append(",\n");
        }
        JsonObject started = LinkageFixtures.start(analyst, dataset, csv.toString());
        assertThat(started.getString("status")).isEqualTo("QUEUED");

        JsonObject cancelling = ApiClient.object(analyst.post("/api/linkage/imports/" + started.getJsonNumber("id") + "/cancel", "{}"));
        assertThat(cancelling.getBoolean("cancelRequested")).isTrue();
        JsonObject ended = LinkageFixtures.waitFor(analyst, started.getJsonNumber("id").longValue());

        assertThat(ended.getString("status")).isEqualTo("CANCELLED");
        assertThat(ended.getInt("rowsDone")).isLessThan(30_000);
        assertThat(recordsIn(dataset)).isEqualTo(ended.getInt("rowsAdded"));
    }

    @Test
    void onlyAnalystsImport() throws Exception {
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/linkage/datasets",
                "{\"agency\": \"FOOD\", \"name\": \"Not mine\", \"columnMap\": \"id=A,name=B\"}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("manager").get("/api/linkage/review").statusCode()).isEqualTo(403);
    }
}
