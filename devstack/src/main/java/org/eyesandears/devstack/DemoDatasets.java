package org.eyesandears.devstack;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Three small agency datasets for the demo, imported through the application's API as the demo
 * analyst before the demo referrals are sent: the food team's FHRS-style list, the fire service's
 * inspections and the housing team's HMO licences. They describe the demo premises the way real
 * lists do (abbreviations, "Ltd", a missing house number, a neighbour with the same name), so the
 * review queue and the business radar have something to show. Every name and number is made up.
 */
final class DemoDatasets {

    private record DemoDataset(String agency, String name, String columnMap, String csv) {
    }

    private static final List<DemoDataset> DATASETS = List.of(
            new DemoDataset("FOOD", "Food hygiene establishments (FHRS)",
                    "id=FHRSID,name=BusinessName,address=AddressLine1+AddressLine2,town=AddressLine3,postcode=PostCode,phone=Phone",
                    """
                    FHRSID,BusinessName,AddressLine1,AddressLine2,AddressLine3,PostCode,Phone
                    1001,Golden Wok,14 George Street,,Luton,LU1 2AF,01582 400101
                    1002,Sunrise Nails and Beauty Ltd,3 Market Hill,,Luton,LU1 2EP,
                    1003,Chicken Shop,12 Broadway,,Dunstable,LU6 1AA,01582400104
                    1004,Castle Mini-Market,88 Castle St,,Luton,LU1 3AJ,
                    1005,Spice Garden,41 High St,,Leighton Buzzard,LU7 1DN,01525 300107
                    1006,Park View Convenience Store,150 Leagrave Rd,,Luton,LU4 8HZ,
                    1007,Bella Pizza,26 Midland Rd,,Bedford,MK40 1PW,01234 500110
                    1008,Kebab Palace,22 George Street,,Luton,LU1 2AF,
                    1009,Star Cafe,5 Church Street,,Luton,LU1 3JE,
                    1010,Dunstable Fish Bar,30 High Street North,,Dunstable,LU6 1JZ,01582 400210
                    1011,Mama Mia Pizzeria,9 Bridge Street,,Luton,LU1 2NB,
                    1012,Royal Spice,88 Bedford Road,,Bedford,MK40 2AA,01234 500212
                    """),
            new DemoDataset("FIRE", "Fire safety inspections",
                    "id=Ref,name=Premises,address=Address,postcode=Postcode,phone=Tel,company=Company",
                    """
                    Ref,Premises,Address,Postcode,Tel,Company
                    FS-201,Golden Wok Chinese Takeaway,14 George St,LU1 2AF,01582 400101,
                    FS-202,Bedford Rd Car Wash,221 Bedford Road,LU3 1EL,01582 400102,
                    FS-203,Kebab Palace,24 George Street,LU1 2AF,,
                    FS-204,Chicken Shop Ltd,12 The Broadway,LU6 1AA,01582 400104,09876543
                    FS-205,Star Cafe & Takeaway,Church Street,LU1 3JE,,
                    FS-206,Dunstable Fish Bar,30 High St North,LU6 1JZ,01582 400210,
                    FS-207,Riverside Hand Car Valet,"Unit 4, Riverside Yard",MK40 1QE,01234 500106,
                    FS-208,Quick Fix Phone Repair,7 Wellington St,LU1 2QH,,
                    FS-209,Mamma Mia,Bridge Street,LU1 2NB,,
                    """),
            new DemoDataset("HOUSING", "HMO licences",
                    "id=Licence,name=Premises,address=Address,postcode=Postcode",
                    """
                    Licence,Premises,Address,Postcode
                    HMO-31,Golden Wok,14 George Street,LU1 2AF
                    HMO-32,The Chicken Shop,12 The Broadway,LU6 1AA
                    HMO-33,Castle Mini Market,88 Castle Street,LU1 3AJ
                    HMO-34,Royal Spice Takeaway,88 Bedford Rd,MK40 2AA
                    """));

    private final HttpClient http;
    private final String appUrl;
    private final String token;

    DemoDatasets(HttpClient http, String appUrl, String analystToken) {
        this.http = http;
        this.appUrl = appUrl;
        this.token = analystToken;
    }

    /** Imports every dataset and waits for each import to end; returns the records imported. */
    int load() throws IOException, InterruptedException {
        int records = 0;
        for (DemoDataset d : DATASETS) {
            JsonObject dataset = json(send("/api/linkage/datasets", "application/json", Json.createObjectBuilder()
                    .add("agency", d.agency()).add("name", d.name()).add("columnMap", d.columnMap()).build().toString(), 200));
            JsonObject job = json(send("/api/linkage/datasets/" + dataset.getJsonNumber("id") + "/imports", "text/csv",
                    d.csv(), 202));
            records += awaitEnd(job.getJsonNumber("id").longValue()).getInt("rowsAdded");
        }
        return records;
    }

    private JsonObject awaitEnd(long job) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(appUrl + "/api/linkage/imports/" + job))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonObject progress = json(response.body());
            String status = progress.getString("status");
            if (status.equals("COMPLETED")) {
                return progress;
            }
            if (status.equals("FAILED") || status.equals("CANCELLED")) {
                throw new IllegalStateException("Demo dataset import " + job + " ended " + status + ": " + response.body());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Demo dataset import " + job + " did not finish in two minutes");
    }

    private String send(String path, String contentType, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Demo dataset refused (" + response.statusCode() + "): " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
