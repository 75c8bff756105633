package org.eyesandears.devstack;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A realistic synthetic demo data set for the run command, loaded once through the application's
 * own API as the demo officers (so it is validated, routed and audited like real work). Only the
 * dev stack loads it; production never sees it. Every name and address here is made up.
 */
final class DemoData {

    private record Premises(String name, String address, String town, String postcode, String phone) {
    }

    private record Concern(String officer, int premises, int daysAgo, List<String> indicators,
                           String observation, String urgency) {
    }

    private static final List<Premises> PREMISES = List.of(
            new Premises("Golden Wok Takeaway", "14 George Street", "Luton", "LU1 2AF", "01582 400101"),
            new Premises("Bedford Road Car Wash", "221 Bedford Road", "Luton", "LU3 1EL", "01582 400102"),
            new Premises("Sunrise Nails & Beauty", "3 Market Hill", "Luton", "LU1 2EP", "01582 400103"),
            new Premises("The Chicken Shop", "12 The Broadway", "Dunstable", "LU6 1AA", "01582 400104"),
            new Premises("Castle Mini Market", "88 Castle Street", "Luton", "LU1 3AJ", "01582 400105"),
            new Premises("Riverside Hand Car Valet", "Unit 4, Riverside Yard", "Bedford", "MK40 1QE", "01234 500106"),
            new Premises("Spice Garden Restaurant", "41 High Street", "Leighton Buzzard", "LU7 1DN", "01525 300107"),
            new Premises("Quick Fix Phone Repairs", "7 Wellington Street", "Luton", "LU1 2QH", "01582 400108"),
            new Premises("Park View Convenience", "150 Leagrave Road", "Luton", "LU4 8HZ", "01582 400109"),
            new Premises("Bella Pizza", "26 Midland Road", "Bedford", "MK40 1PW", "01234 500110"));

    /** The concern graded C (lawful sharing with conditions), and its conditions. */
    private static final int CONDITIONAL_CONCERN = 2;
    private static final String CONDITIONS = "Source is a current employee: do not disclose to the business or"
            + " quote in any notice; receiving agencies may use it only to plan their own visit.";

    private static final List<Concern> CONCERNS = List.of(
            new Concern("officer.food", 0, 40, List.of("IMM_WORKERS_LIVING", "FIRE_SLEEPING", "DC_SIGNS_OF_LIVING"),
                    "Four mattresses and a camping stove in the first-floor store room.\nStaff said two kitchen workers sleep there.", "ROUTINE"),
            new Concern("officer.food", 0, 9, List.of("FIRE_EXITS_BLOCKED", "HMRC_TWO_TILLS"),
                    "Rear fire exit padlocked during service.\nSecond till under the counter, not used while we were there.", "URGENT"),
            new Concern("officer.fire", 1, 33, List.of("IMM_NERVOUS_WORKERS", "IMM_NOT_SPEAKING"),
                    "Workers left the yard when we arrived.\nThe manager answered every question put to the workers.", "ROUTINE"),
            new Concern("officer.food", 2, 28, List.of("HMRC_HIGH_TRADE", "HMRC_POOR_RECORDS"),
                    "Busy all afternoon, no booking or till records available for the last month.", "ROUTINE"),
            new Concern("officer.fire", 3, 21, List.of("FIRE_EXITS_BLOCKED", "DC_LOCKED_ROOMS"),
                    "Exit route through the kitchen blocked with boxes; one locked room the staff would not open.", "ROUTINE"),
            new Concern("officer.food", 3, 6, List.of("DC_PESTS", "DC_WASTE_DISPOSAL"),
                    "Mouse droppings behind the fryers.\nCommercial waste bagged in the rear alley, no trade waste contract shown.", "ROUTINE"),
            new Concern("officer.food", 4, 18, List.of("TS_EVASIVE_OWNERSHIP", "HMRC_TWO_TILLS"),
                    "Person in charge would not say who owns the business; two card terminals under different names.", "ROUTINE"),
            new Concern("officer.fire", 5, 15, List.of("IMM_WORKERS_LIVING", "IMM_NOT_SPEAKING", "FIRE_SLEEPING"),
                    "Portakabin on site fitted out with bunk beds.\nWorkers looked to the supervisor before answering.", "URGENT"),
            new Concern("officer.food", 6, 12, List.of("DC_SMOKING", "DC_INTERNAL_LOCKS"),
                    "Staff smoking in the dry store; padlocks on the staff bedroom doors upstairs.", "ROUTINE"),
            new Concern("officer.fire", 7, 10, List.of("TS_IGNORES_ADVICE"),
                    "Third visit about unsafe chargers on sale; still on the shelves.", "ROUTINE"),
            new Concern("officer.food", 8, 4, List.of("DC_PESTS"),
                    "Cockroaches in the stock room under the shelving.", "ROUTINE"),
            new Concern("officer.fire", 9, 2, List.of("FIRE_SLEEPING", "DC_SIGNS_OF_LIVING"),
                    "Sofa bed and washing drying in the cellar below the restaurant.", "ROUTINE"));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String appUrl;
    private final String realmUrl;

    private DemoData(String appUrl, String realmUrl) {
        this.appUrl = appUrl;
        this.realmUrl = realmUrl;
    }

    /** Loads the demo data unless {@code marker} says it was loaded before. */
    static void loadOnce(Path marker, String appUrl, String realmUrl) throws IOException, InterruptedException {
        if (Files.exists(marker)) {
            return;
        }
        DemoData demo = new DemoData(appUrl, realmUrl);
        int records = new DemoDatasets(demo.http, appUrl, demo.token("analyst")).load();
        int loaded = demo.load();
        Files.writeString(marker, "Demo data loaded: " + records + " agency dataset records, " + loaded + " referrals.\n");
        System.out.println("Imported " + records + " records of three agency datasets (see Linkage and Business radar).");
        System.out.println("Loaded the demo data: " + loaded + " referrals about " + PREMISES.size()
                + " businesses (delete data/ to start again).");
    }

    private int load() throws IOException, InterruptedException {
        Map<String, String> tokens = new HashMap<>();
        Map<Integer, Long> businessIds = new HashMap<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int count = 0;
        for (Concern concern : CONCERNS) {
            String token = tokens.computeIfAbsent(concern.officer(), this::token);
            JsonObjectBuilder card = Json.createObjectBuilder();
            Long businessId = businessIds.get(concern.premises());
            if (businessId != null) {
                card.add("businessId", businessId);
            } else {
                Premises p = PREMISES.get(concern.premises());
                card.add("newBusiness", Json.createObjectBuilder().add("tradingName", p.name())
                        .add("addressLine1", p.address()).add("town", p.town()).add("postcode", p.postcode())
                        .add("phone", p.phone()));
            }
            JsonArrayBuilder indicators = Json.createArrayBuilder();
            concern.indicators().forEach(indicators::add);
            card.add("visitDate", today.minusDays(concern.daysAgo()).toString())
                    .add("visitReason", count % 2 == 0 ? "Routine inspection" : "Follow-up visit")
                    .add("indicatorCodes", indicators)
                    .add("observation", concern.observation())
                    .add("grading", count == CONDITIONAL_CONCERN
                            ? Json.createObjectBuilder().add("source", "RELIABLE").add("intelligence", "B")
                                    .add("handling", "C").add("conditions", CONDITIONS)
                            : Json.createObjectBuilder().add("source", "RELIABLE")
                                    .add("intelligence", count % 3 == 0 ? "B" : "A").add("handling", "P"))
                    .add("urgency", concern.urgency());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(appUrl + "/api/referrals"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "demo-" + count)
                    // How long the officer's card was open (the browser measures it; see docs/metrics.md).
                    .header("Compose-Seconds", String.valueOf(COMPOSE_SECONDS[count % COMPOSE_SECONDS.length]))
                    .POST(HttpRequest.BodyPublishers.ofString(card.build().toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new IllegalStateException("Demo referral refused (" + response.statusCode() + "): "
                        + response.body());
            }
            businessIds.putIfAbsent(concern.premises(),
                    json(response.body()).getJsonObject("business").getJsonNumber("id").longValue());
            count++;
        }
        loadVisits(businessIds, today);
        triageAndTargets(tokens);
        closedLoops(tokens, businessIds, today);
        agreements(tokens.computeIfAbsent("admin", this::token), today);
        referenceData(tokens.computeIfAbsent("admin", this::token));
        ratedFeedback(tokens);
        undoOneAutomaticLink();
        return count;
    }

    /**
     * Gives the manager dashboard something to show: two desks triage some of their routings and
     * give feedback, and the administrator sets success targets for three agencies.
     */
    private void triageAndTargets(Map<String, String> tokens) throws IOException, InterruptedException {
        String[][] feedback = {{"USEFUL", "NOTICE_SERVED"}, {"PARTLY_USEFUL", "ADVICE_GIVEN"}};
        for (String desk : List.of("desk.fire", "desk.immigration")) {
            String token = tokens.computeIfAbsent(desk, this::token);
            var items = Json.createReader(new StringReader(send(token, "GET", "/api/inbox?max=10", null).body()))
                    .readArray().getValuesAs(JsonObject.class);
            for (int i = 0; i < Math.min(3, items.size()); i++) {
                long id = items.get(i).getJsonNumber("routingId").longValue();
                JsonObject state = json(send(token, "POST", "/api/routings/" + id + "/transitions",
                        "{\"to\": \"IN_REVIEW\", \"expectedVersion\": " + items.get(i).getJsonNumber("version") + "}").body());
                if (i < 2) {
                    state = json(send(token, "POST", "/api/routings/" + id + "/transitions",
                            "{\"to\": \"ACCEPTED\", \"reason\": \"Taken on\", \"expectedVersion\": "
                                    + state.getJsonNumber("version") + "}").body());
                    send(token, "POST", "/api/routings/" + id + "/feedback", "{\"usefulness\": \"" + feedback[i][0]
                            + "\", \"outcomeCategory\": \"" + feedback[i][1] + "\", \"comment\": \"Visited; see outcome.\","
                            + " \"expectedVersion\": " + state.getJsonNumber("version") + "}");
                }
            }
        }
        String admin = tokens.computeIfAbsent("admin", this::token);
        for (String agency : List.of("FIRE", "IMMIGRATION", "FOOD")) {
            send(admin, "PUT", "/api/stats/targets/" + agency,
                    "{\"feedbackRatePct\": 90, \"feedbackDays\": 20, \"triageMedianDays\": 5}");
        }
    }

    /** Seconds the demo officers' cards were open before they were sent, in turn. */
    private static final int[] COMPOSE_SECONDS = {74, 161, 58, 233, 95, 120, 47, 188};

    /**
     * The referring officers answer "was this feedback useful?" about the feedback the desks gave
     * (the dashboard's "feedback rated useful"): the first answer yes, then alternately.
     */
    private void ratedFeedback(Map<String, String> tokens) throws IOException, InterruptedException {
        boolean useful = true;
        for (String officer : List.of("officer.food", "officer.fire", "officer.ts")) {
            if (!tokens.containsKey(officer)) {
                continue;
            }
            var mine = Json.createReader(new StringReader(send(tokens.get(officer), "GET",
                    "/api/referrals?mine=true&max=50", null).body())).readArray().getValuesAs(JsonObject.class);
            for (JsonObject referral : mine) {
                for (JsonObject routing : referral.getJsonArray("routings").getValuesAs(JsonObject.class)) {
                    if (routing.containsKey("feedbackAt") && !routing.isNull("feedbackAt")) {
                        send(tokens.get(officer), "POST", "/api/referrals/" + referral.getString("reference")
                                + "/routings/" + routing.getJsonNumber("id") + "/rating", "{\"useful\": " + useful + "}");
                        useful = !useful;
                    }
                }
            }
        }
    }

    /**
     * An analyst undoes one link the engine made on its own (the dashboard's "automatic links
     * undone"): the first automatically linked record of a business shared by several agencies.
     */
    private void undoOneAutomaticLink() throws IOException, InterruptedException {
        String analyst = token("analyst");
        var shared = Json.createReader(new StringReader(send(analyst, "GET", "/api/businesses/shared?min=2", null)
                .body())).readArray().getValuesAs(JsonObject.class);
        for (JsonObject hit : shared) {
            JsonObject business = json(send(analyst, "GET", "/api/businesses/" + hit.getJsonNumber("id"), null).body());
            for (JsonObject record : business.getJsonArray("records").getValuesAs(JsonObject.class)) {
                if ("AUTOMATIC".equals(record.getString("linkMethod", ""))) {
                    send(analyst, "POST", "/api/linkage/records/" + record.getJsonNumber("id") + "/undo", null);
                    return;
                }
            }
        }
        System.out.println("No automatic link to undo in the demo data.");
    }

    /**
     * Gives the sharing agreements register some history (after the demo referrals, which were routed
     * under the seed protocol): Fire and rescue's agreement with HMRC ended last month, trading
     * standards may no longer refer to Immigration Enforcement, and the agreement from Food safety to
     * Licensing now lets Licensing tell back the outcome only.
     */
    private void agreements(String admin, LocalDate today) throws IOException, InterruptedException {
        Map<String, JsonObject> register = new HashMap<>();
        Json.createReader(new StringReader(send(admin, "GET", "/api/agreements", null).body())).readArray()
                .getValuesAs(JsonObject.class)
                .forEach(a -> register.put(a.getString("fromAgency") + ">" + a.getString("toAgency"), a));
        send(admin, "POST", "/api/agreements/FIRE/HMRC/end", "{\"endsOn\": \"" + today.minusDays(30)
                + "\", \"version\": " + register.get("FIRE>HMRC").getJsonNumber("version") + "}");
        JsonObject tsToImm = register.get("TRADING_STD>IMMIGRATION");
        send(admin, "PUT", "/api/agreements/TRADING_STD/IMMIGRATION", Json.createObjectBuilder(tsToImm)
                .add("mayRefer", false).add("documentReference", "ISP-2024-01 (suspended by letter TS/IE-07)")
                .build().toString());
        JsonObject foodToLic = register.get("FOOD>LICENSING");
        send(admin, "PUT", "/api/agreements/FOOD/LICENSING", Json.createObjectBuilder(foodToLic)
                .add("disclosureLevel", "OUTCOME_ONLY").add("documentReference", "ISP-2024-01 variation 2")
                .build().toString());
    }

    /**
     * The partnership's loops: desks asking each other about businesses (one answered and rated, one
     * declined by HMRC, one waiting for Fire's desk).
     */
    private void closedLoops(Map<String, String> tokens, Map<Integer, Long> businessIds, LocalDate today)
            throws IOException, InterruptedException {
        String fire = tokens.computeIfAbsent("desk.fire", this::token);
        String immigration = tokens.computeIfAbsent("desk.immigration", this::token);
        String hmrc = tokens.computeIfAbsent("desk.hmrc", this::token);
        long answered = id(send(fire, "POST", "/api/information-requests", ("{\"businessId\": %d, \"toAgency\":"
                + " \"IMMIGRATION\", \"question\": \"We found bedding in the storeroom at our visit. Have you had"
                + " reports of staff living on the premises?\"}").formatted(businessIds.get(0))).body());
        send(immigration, "POST", "/api/information-requests/" + answered + "/answer", "{\"answer\": \"Yes: a"
                + " report in the spring of three kitchen staff sleeping above the shop; no visit yet.\","
                + " \"expectedVersion\": 0}");
        send(fire, "POST", "/api/information-requests/" + answered + "/rating", "{\"usefulness\": \"USEFUL\"}");
        long declined = id(send(fire, "POST", "/api/information-requests", ("{\"businessId\": %d, \"toAgency\":"
                + " \"HMRC\", \"question\": \"Is the business trading under another name for tax?\"}")
                .formatted(businessIds.get(1))).body());
        send(hmrc, "POST", "/api/information-requests/" + declined + "/answer", "{\"answer\": \"HMRC cannot"
                + " disclose taxpayer information under this agreement; refer a concern through the card"
                + " instead.\", \"decline\": true, \"expectedVersion\": 0}");
        send(immigration, "POST", "/api/information-requests", ("{\"businessId\": %d, \"toAgency\": \"FIRE\","
                + " \"question\": \"Did your last inspection note any sleeping areas upstairs?\"}")
                .formatted(businessIds.get(3)));
    }

    /**
     * Gives the reference data a history (after the demo referrals): the administrator rewords the
     * smoking indicator, so the referral that ticked it keeps version 1 while the card shows version 2,
     * and adds an out-of-hours contact point for housing in Central Bedfordshire.
     */
    private void referenceData(String admin) throws IOException, InterruptedException {
        JsonObject smoking = Json.createReader(new StringReader(send(admin, "GET", "/api/indicators", null).body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("DC_SMOKING")).findFirst().orElseThrow();
        send(admin, "PUT", "/api/indicators/DC_SMOKING", Json.createObjectBuilder(smoking)
                .add("wording", "Smoking indoors at the business (shop floor, kitchen, office)")
                .add("expectedVersion", smoking.getJsonNumber("version")).build().toString());
        send(admin, "POST", "/api/contacts", Json.createObjectBuilder().add("agency", "HOUSING")
                .add("name", "Private sector housing, out of hours").add("phone", "01632 960123")
                .add("email", "housing.ooh@centralbeds.example.gov.uk").add("area", "Central Bedfordshire")
                .add("postcodeDistricts", "LU5 LU6 LU7").build().toString());
    }

    private HttpResponse<String> send(String token, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Demo " + method + " " + path + " refused (" + response.statusCode()
                    + "): " + response.body());
        }
        return response;
    }

    /**
     * The visits calendar: a proposed joint visit next week, a confirmed single-agency visit, a past
     * visit with its outcome and a follow-up task, a week of action with two visits, and two joint
     * visits already held (for the dashboard).
     */
    private void loadVisits(Map<Integer, Long> businessIds, LocalDate today) throws IOException, InterruptedException {
        String coordinator = token("coordinator");
        send(coordinator, "/api/visits", visit(businessIds.get(0), today.plusDays(6), 10, "LICENSING",
                "{\"agencyCode\": \"FOOD\"}, {\"agencyCode\": \"FIRE\"}, {\"agencyCode\": \"IMMIGRATION\", \"headCount\": 2}",
                "\"officer.food\", \"officer.fire\"", "Upstairs rooms reported locked; two exits at the rear.", null));
        send(token("officer.fire"), "/api/visits", visit(businessIds.get(2), today.plusDays(3), 14, "FIRE", "",
                "\"officer.fire\"", null, null));
        // Food safety leads, so its officer may record the outcome: an agency only invited must accept first.
        long past = id(send(coordinator, "/api/visits", visit(businessIds.get(4), today.minusDays(5), 11, "FOOD",
                "{\"agencyCode\": \"LICENSING\"}", "\"officer.food\"", "Staff reported as hostile at the last visit.",
                null)));
        send(token("officer.food"), "/api/visits/" + past + "/outcomes", ("{\"concernsFound\": true, \"findings\": \"No hot water at the hand-wash"
                + " basin; out-of-date chilled stock on sale.\", \"notices\": 1, \"seizures\": 1, \"adviceGiven\": true,"
                + " \"followUps\": [{\"description\": \"Re-inspect the kitchen after the improvement notice\","
                + " \"owner\": \"officer.food\", \"dueOn\": \"%s\"}]}").formatted(today.plusDays(7)));
        LocalDate week = today.plusDays(21);
        long operation = id(send(coordinator, "/api/operations", ("{\"name\": \"Operation Lantern\", \"leadAgency\":"
                + " \"POLICE\", \"startsOn\": \"%s\", \"endsOn\": \"%s\", \"area\": \"Luton town centre (LU1)\","
                + " \"description\": \"Week of action on town-centre late-night premises; licence reviews and"
                + " re-inspections planned for the fortnight after.\"}").formatted(week, week.plusDays(4))));
        send(coordinator, "/api/visits", visit(businessIds.get(7), week.plusDays(1), 19, "POLICE",
                "{\"agencyCode\": \"TRADING_STD\"}", "", null, operation));
        send(coordinator, "/api/visits", visit(businessIds.get(8), week.plusDays(2), 20, "POLICE",
                "{\"agencyCode\": \"LICENSING\"}, {\"agencyCode\": \"HMRC\"}", "", null, operation));
        heldJointVisits(coordinator, businessIds, today);
    }

    /**
     * Joint visits already held, for the dashboard: one 12 days ago (Licensing with Fire and HMRC, who
     * accepted; two outcomes and a follow-up), and one 40 days ago (Licensing with Immigration), so
     * that the default 28-day period has a previous period to compare with.
     */
    private void heldJointVisits(String coordinator, Map<Integer, Long> businessIds, LocalDate today)
            throws IOException, InterruptedException {
        long recent = id(send(coordinator, "/api/visits", visit(businessIds.get(1), today.minusDays(12), 20, "LICENSING",
                "{\"agencyCode\": \"FIRE\"}, {\"agencyCode\": \"HMRC\"}", "", null, null)));
        send(token("desk.fire"), "/api/visits/" + recent + "/responses", "{\"accept\": true}");
        send(token("desk.hmrc"), "/api/visits/" + recent + "/responses", "{\"accept\": true}");
        confirm(coordinator, recent);
        send(coordinator, "/api/visits/" + recent + "/outcomes", "{\"concernsFound\": true, \"findings\": \"Door supervisors without"
                + " licences; late-night refreshment after the licensed hours.\", \"notices\": 2, \"adviceGiven\": true}");
        send(token("desk.fire"), "/api/visits/" + recent + "/outcomes", ("{\"concernsFound\": true, \"findings\": \"Rear fire exit chained;"
                + " prohibition notice on the first-floor sleeping area.\", \"notices\": 1, \"followUps\":"
                + " [{\"description\": \"Check the rear exit is kept clear\", \"owner\": \"desk.fire\","
                + " \"dueOn\": \"%s\"}]}").formatted(today.plusDays(3)));
        long earlier = id(send(coordinator, "/api/visits", visit(businessIds.get(3), today.minusDays(40), 21, "LICENSING",
                "{\"agencyCode\": \"IMMIGRATION\", \"headCount\": 2}", "", null, null)));
        send(token("desk.immigration"), "/api/visits/" + earlier + "/responses", "{\"accept\": true}");
        confirm(coordinator, earlier);
        send(token("desk.immigration"), "/api/visits/" + earlier + "/outcomes", "{\"concernsFound\": true, \"findings\": \"Two kitchen"
                + " workers without the right to work.\", \"arrests\": 2}");
    }

    private void confirm(String token, long visit) throws IOException, InterruptedException {
        HttpResponse<String> detail = http.send(HttpRequest.newBuilder(URI.create(appUrl + "/api/visits/" + visit))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        long version = json(detail.body()).getJsonObject("summary").getJsonNumber("version").longValue();
        send(token, "/api/visits/" + visit + "/confirm", "{\"expectedVersion\": " + version + "}");
    }

    private static String visit(long businessId, LocalDate day, int hour, String lead, String participants,
                                String officers, String riskNotes, Long operationId) {
        ZoneId london = ZoneId.of("Europe/London");
        return ("{\"businessId\": %d, \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"purpose\": \"MIXED\","
                + " \"leadAgency\": \"%s\", \"participants\": [%s], \"officers\": [%s]%s%s,"
                + " \"overrideReason\": \"Demo data\"}").formatted(businessId,
                day.atTime(hour, 0).atZone(london).toInstant(), day.atTime(hour + 2, 0).atZone(london).toInstant(),
                lead, participants, officers, riskNotes == null ? "" : ", \"riskNotes\": \"" + riskNotes + "\"",
                operationId == null ? "" : ", \"operationId\": " + operationId);
    }

    private String send(String token, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Demo data refused at " + path + " (" + response.statusCode() + "): "
                    + response.body());
        }
        return response.body();
    }

    private static long id(String body) {
        return json(body).getJsonNumber("id").longValue();
    }

    private String token(String username) {
        try {
            return DemoTokens.accessToken(realmUrl, username);
        } catch (IOException e) {
            throw new IllegalStateException("No token for " + username, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
