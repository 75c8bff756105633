package org.eyesandears.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agency datasets ./run.sh imports on first start load, and give the review queue and radar content. */
@ExtendWith(ArquillianExtension.class)
class DemoDatasetsIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @Test
    void theDemoDatasetsImportAndShowPairsToReviewAndBusinessesSharedByThreeAgencies() throws Exception {
        int records = new DemoDatasets(HttpClient.newHttpClient(), Stack.appUrl(), Stack.token("analyst")).load();

        assertThat(records).isEqualTo(25);
        ApiClient analyst = ApiClient.as("analyst");
        List<JsonObject> queue = ApiClient.array(analyst.get("/api/linkage/review?max=200")).getValuesAs(JsonObject.class);
        assertThat(queue).anySatisfy(p -> {
            // "Star Cafe & Takeaway, Church Street" and "Star Cafe, 5 Church Street": likely, not sure.
            assertThat(p.getJsonObject("record").getString("externalId")).isEqualTo("FS-205");
            assertThat(p.getJsonObject("candidate").getString("externalId")).isEqualTo("1009");
        });
        List<JsonObject> shared = ApiClient.array(ApiClient.as("coordinator").get("/api/businesses/shared?min=3&max=200"))
                .getValuesAs(JsonObject.class);
        assertThat(shared).extracting(b -> b.getString("name")).contains("Golden Wok", "Chicken Shop");
        // Their adverse records alone: a food-hygiene rating of 1 or 2, a fire enforcement or prohibition notice and
        // breached HMO licence conditions (ADR 0032). The well-rated rest of the register is of interest to no one.
        JsonObject wok = ApiClient.object(ApiClient.as("coordinator").get("/api/businesses/" + shared.stream()
                .filter(b -> b.getString("name").equals("Golden Wok")).findFirst().orElseThrow().getJsonNumber("id")));
        assertThat(wok.getJsonArray("ratings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("dataset") + "=" + r.getString("rating", r.getString("status", "")))
                .containsExactlyInAnyOrder("Fire safety inspections=Enforcement notice",
                        "Food hygiene establishments (FHRS)=1", "HMO licences=Conditions breached");
        assertThat(wok.getString("businessType")).as("FHRS's \"Takeaway/sandwich shop\"").isEqualTo("Takeaway");
        assertThat(ApiClient.array(ApiClient.as("coordinator").get("/api/businesses?name=spice+garden"))
                .getValuesAs(JsonObject.class)).singleElement().satisfies(b -> assertThat(b.getInt("agencies")).isZero());
    }
}
