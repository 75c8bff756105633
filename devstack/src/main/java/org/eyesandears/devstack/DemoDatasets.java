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
 * review queue and the business radar have something to show. Each carries what its agency recorded
 * (the food team's hygiene ratings, the fire service's inspection outcomes, the housing team's
 * licence status, with dates a few weeks or months back from the day they are loaded) and its rule
 * for adverse records, so a few premises are of interest through an adverse record alone and the
 * rest of the register is not (ADR 0032). Every name and number is made up.
 */
final class DemoDatasets {

    private record DemoDataset(String agency, String name, String columnMap, String adverseValues, int adverseMonths,
                               String csv) {
    }

    private static final List<DemoDataset> DATASETS = List.of(
            new DemoDataset("FOOD", "Food hygiene establishments (FHRS)",
                    "id=FHRSID,name=BusinessName,address=AddressLine1+AddressLine2,town=AddressLine3,postcode=PostCode,phone=Phone,"
                            + "rating=RatingValue,date=RatingDate,businesstype=BusinessType", "0-2", 24,
                    """
                    FHRSID,BusinessName,AddressLine1,AddressLine2,AddressLine3,PostCode,Phone,RatingValue,RatingDate,BusinessType
                    1001,Golden Wok,14 George Street,,Luton,LU1 2AF,01582 400101,1,{iso 40},Takeaway/sandwich shop
                    1002,Sunrise Nails and Beauty Ltd,3 Market Hill,,Luton,LU1 2EP,,,,Other catering premises
                    1003,Chicken Shop,12 Broadway,,Dunstable,LU6 1AA,01582400104,2,{iso 75},Takeaway/sandwich shop
                    1004,Castle Mini-Market,88 Castle St,,Luton,LU1 3AJ,,4,{iso 300},Retailers - other
                    1005,Spice Garden,41 High St,,Leighton Buzzard,LU7 1DN,01525 300107,5,{iso 200},Restaurant/Cafe/Canteen
                    1006,Park View Convenience Store,150 Leagrave Rd,,Luton,LU4 8HZ,,5,{iso 420},Retailers - other
                    1007,Bella Pizza,26 Midland Rd,,Bedford,MK40 1PW,01234 500110,4,{iso 150},Restaurant/Cafe/Canteen
                    1008,Kebab Palace,22 George Street,,Luton,LU1 2AF,,2,{iso 20},Takeaway/sandwich shop
                    1009,Star Cafe,5 Church Street,,Luton,LU1 3JE,,3,{iso 500},Restaurant/Cafe/Canteen
                    1010,Dunstable Fish Bar,30 High Street North,,Dunstable,LU6 1JZ,01582 400210,5,{iso 90},Takeaway/sandwich shop
                    1011,Mama Mia Pizzeria,9 Bridge Street,,Luton,LU1 2NB,,0,{iso 1100},Restaurant/Cafe/Canteen
                    1012,Royal Spice,88 Bedford Road,,Bedford,MK40 2AA,01234 500212,5,{iso 60},Takeaway/sandwich shop
                    """),
            new DemoDataset("FIRE", "Fire safety inspections",
                    "id=Ref,name=Premises,address=Address,postcode=Postcode,phone=Tel,company=Company,type=Inspection type,"
                            + "status=Outcome,date=Inspection date,businesstype=Premises type", "Enforcement notice, Prohibition notice", 12,
                    """
                    Ref,Premises,Address,Postcode,Tel,Company,Inspection type,Outcome,Inspection date,Premises type
                    FS-201,Golden Wok Chinese Takeaway,14 George St,LU1 2AF,01582 400101,,Audit,Enforcement notice,{uk 30},Takeaway
                    FS-202,Bedford Rd Car Wash,221 Bedford Road,LU3 1EL,01582 400102,,Audit,Satisfactory,{uk 120},Hand car wash
                    FS-203,Kebab Palace,24 George Street,LU1 2AF,,,Complaint,Satisfactory,{uk 60},Takeaway
                    FS-204,Chicken Shop Ltd,12 The Broadway,LU6 1AA,01582 400104,09876543,Complaint,Prohibition notice,{uk 50},Takeaway
                    FS-205,Star Cafe & Takeaway,Church Street,LU1 3JE,,,Audit,Satisfactory,{uk 400},Cafe
                    FS-206,Dunstable Fish Bar,30 High St North,LU6 1JZ,01582 400210,,Audit,Satisfactory,{uk 210},Takeaway
                    FS-207,Riverside Hand Car Valet,"Unit 4, Riverside Yard",MK40 1QE,01234 500106,,Complaint,Enforcement notice,{uk 15},Car valet
                    FS-208,Quick Fix Phone Repair,7 Wellington St,LU1 2QH,,,Audit,Satisfactory,{uk 90},Shop
                    FS-209,Mamma Mia,Bridge Street,LU1 2NB,,,Audit,Enforcement notice,{uk 700},Restaurant
                    """),
            new DemoDataset("HOUSING", "HMO licences",
                    "id=Licence,name=Premises,address=Address,postcode=Postcode,status=Status,date=Status date",
                    "Conditions breached, Unlicensed", 12,
                    """
                    Licence,Premises,Address,Postcode,Status,Status date
                    HMO-31,Golden Wok,14 George Street,LU1 2AF,Conditions breached,{uk 25}
                    HMO-32,The Chicken Shop,12 The Broadway,LU6 1AA,Conditions breached,{uk 45}
                    HMO-33,Castle Mini Market,88 Castle Street,LU1 3AJ,Licensed,{uk 100}
                    HMO-34,Royal Spice Takeaway,88 Bedford Rd,MK40 2AA,Licensed,{uk 80}
                    """));

    private static final java.util.regex.Pattern DAYS_AGO = java.util.regex.Pattern.compile("\\{(iso|uk) (\\d+)}");

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
                    .add("agency", d.agency()).add("name", d.name()).add("columnMap", d.columnMap())
                    .add("adverseValues", d.adverseValues()).add("adverseMonths", d.adverseMonths()).build().toString(), 200));
            JsonObject job = json(send("/api/linkage/datasets/" + dataset.getJsonNumber("id") + "/imports", "text/csv",
                    dated(d.csv(), java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))), 202));
            records += awaitEnd(job.getJsonNumber("id").longValue()).getInt("rowsAdded");
        }
        return records;
    }

    /** The file with "{iso 40}" and "{uk 40}" replaced by the day 40 days before {@code today}, as ISO or dd/MM/yyyy. */
    static String dated(String csv, java.time.LocalDate today) {
        return DAYS_AGO.matcher(csv).replaceAll(m -> {
            java.time.LocalDate day = today.minusDays(Long.parseLong(m.group(2)));
            return m.group(1).equals("iso") ? day.toString()
                    : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        });
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
