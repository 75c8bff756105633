package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;

/** Helpers of the linkage tests: datasets, imports through the API, waiting for background work. */
final class LinkageFixtures {

    static final String FHRS_MAP = "id=FHRSID,name=BusinessName,address=AddressLine1+AddressLine2,town=Town,"
            + "postcode=PostCode,phone=Phone";
    static final String FHRS_HEADER = "FHRSID,BusinessName,AddressLine1,AddressLine2,Town,PostCode,Phone\n";
    static final String FIRE_MAP = "id=Ref,name=Premises,address=Address,postcode=Postcode,phone=Tel";
    static final String FIRE_HEADER = "Ref,Premises,Address,Postcode,Tel\n";

    private LinkageFixtures() {
    }

    /**
     * A postcode no other test is likely to use: Shetland's area with a district it does not have
     * (ZE10-ZE99), valid by the concern card's rules.
     */
    static String uniquePostcode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "ZE" + (10 + r.nextInt(90)) + " " + r.nextInt(10) + letters.charAt(r.nextInt(letters.length()))
                + letters.charAt(r.nextInt(letters.length()));
    }

    /** A street name no other test uses, so records of other tests are never candidates. */
    static String uniqueRoad() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    static String uniquePhone() {
        return "01632 " + (100000 + ThreadLocalRandom.current().nextInt(899999));
    }

    static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    static long dataset(ApiClient analyst, String agency, String name, String map) throws Exception {
        HttpResponse<String> response = analyst.post("/api/linkage/datasets",
                "{\"agency\": \"%s\", \"name\": \"%s\", \"columnMap\": \"%s\"}".formatted(agency, name, map));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response).getJsonNumber("id").longValue();
    }

    /** A dataset with the agency's rule for adverse records (ADR 0032). */
    static long dataset(ApiClient analyst, String agency, String name, String map, String adverseValues, int adverseMonths)
            throws Exception {
        HttpResponse<String> response = analyst.post("/api/linkage/datasets",
                "{\"agency\": \"%s\", \"name\": \"%s\", \"columnMap\": \"%s\", \"adverseValues\": \"%s\", \"adverseMonths\": %d}"
                        .formatted(agency, name, map, adverseValues, adverseMonths));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response).getJsonNumber("id").longValue();
    }

    /** Starts an import and waits until it has ended; returns the finished job. */
    static JsonObject importAndWait(ApiClient analyst, long dataset, String csv) throws Exception {
        JsonObject job = start(analyst, dataset, csv);
        return waitFor(analyst, job.getJsonNumber("id").longValue());
    }

    static JsonObject start(ApiClient analyst, long dataset, String csv) throws Exception {
        HttpResponse<String> response = analyst.post("/api/linkage/datasets/" + dataset + "/imports", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), "X-File-Name", "test.csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ApiClient.object(response);
    }

    static JsonObject waitFor(ApiClient analyst, long job) throws Exception {
        return Eventually.until("import " + job + " to end", Duration.ofSeconds(90), Duration.ofMillis(300),
                () -> ApiClient.object(analyst.get("/api/linkage/imports/" + job)),
                progress -> List.of("COMPLETED", "CANCELLED", "FAILED").contains(progress.getString("status")));
    }

    /** The pending pair of the review queue whose new record has the given agency reference. */
    static JsonObject pendingPair(ApiClient analyst, String externalId) throws Exception {
        return ApiClient.array(analyst.get("/api/linkage/review?max=200")).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("record").getString("externalId").equals(externalId))
                .findFirst().orElse(null);
    }
}
