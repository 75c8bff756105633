package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Database;

/**
 * The data of {@link CanaryCrawlIT}, made through the API as the demo users would make it: three
 * referrals of two agencies (one graded C), routed to Fire, HMRC, Immigration and onward to trading
 * standards, each desk's questions, answers, moves, feedback and closing; four visits (a past joint
 * visit with answers, outcomes and a follow-up, a clashing one planned over the warning, one
 * cancelled by its planner, one declined and cancelled); and Food, Fire and HMRC datasets. Every
 * confidential field holds its own canary, {@code CANARY-<FIELD>-<AGENCY>-<random>}.
 *
 * <p>The only thing made in the database is what the API cannot make: attachments (the concern
 * card's upload is a page, not an API; the row and the file are written as the card writes them)
 * and the register entries the visits are about.
 */
final class CanaryCrawlSeed {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Canary text by key, such as {@code R1.OBSERVATION}. */
    final Map<String, String> canary = new LinkedHashMap<>();
    /** Referral references, routing ids, visit ids, business ids, dataset and import ids by key. */
    final Map<String, String> reference = new LinkedHashMap<>();
    final Map<String, Long> routing = new LinkedHashMap<>();
    final Map<String, Long> visit = new LinkedHashMap<>();
    final Map<String, Long> request = new LinkedHashMap<>();
    final Map<String, Long> business = new LinkedHashMap<>();
    final Map<String, Long> dataset = new LinkedHashMap<>();
    final Map<String, Long> importJob = new LinkedHashMap<>();
    final Map<String, Long> attachment = new LinkedHashMap<>();
    final Map<String, String> postcode = new LinkedHashMap<>();
    final List<Long> followUps = new ArrayList<>();
    final String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
            .toUpperCase();
    private final Map<String, ApiClient> as;

    CanaryCrawlSeed(Map<String, ApiClient> clients) {
        this.as = clients;
    }

    private String canary(String key, String field, String agency) {
        String text = "CANARY-" + field + "-" + agency + "-" + run + Integer.toString(canary.size(), 36).toUpperCase();
        canary.put(key, text);
        return text;
    }

    void seed() throws Exception {
        datasets();
        referrals();
        informationRequests();
        visits();
        importsEnded();
    }

    // ---- referrals --------------------------------------------------------------------------

    private void referrals() throws Exception {
        String today = LocalDate.now(LONDON).toString();
        // R1: Food's officer to Fire, HMRC and Immigration, graded C; Immigration refers it on to trading standards.
        submit("R1", "officer.food", "FOOD", today, List.of("FIRE_EXITS_BLOCKED", "HMRC_TWO_TILLS", "IMM_NERVOUS_WORKERS"),
                true, List.of("FIRE", "HMRC", "IMMIGRATION"));
        // R2: Fire's officer to HMRC alone: HMRC's interest in this business is nobody else's business.
        submit("R2", "officer.fire", "FIRE", today, List.of("HMRC_POOR_RECORDS"), false, List.of("HMRC"));
        // R3: Fire's officer to Immigration and trading standards, graded C.
        submit("R3", "officer.fire", "FIRE", today, List.of("IMM_NERVOUS_WORKERS", "TS_IGNORES_ADVICE"), true,
                List.of("IMMIGRATION", "TRADING_STD"));

        // R1 at Fire: question, answer, accepted with a reason, feedback (FULL), closed with a reason.
        long fire = routing.get("R1.FIRE");
        long v = move(fire, "desk.fire", "IN_REVIEW", null, 0, null);
        v = move(fire, "desk.fire", "INFO_REQUESTED", canary("R1.FIRE.QUESTION", "QUESTION", "FIRE"), v, null);
        v = answer(fire, "officer.food", canary("R1.FIRE.ANSWER", "ANSWER", "FIRE"));
        v = move(fire, "desk.fire", "ACCEPTED", canary("R1.FIRE.MOVE_REASON", "MOVEREASON", "FIRE"), v, null);
        v = feedback(fire, "desk.fire", v, canary("R1.FIRE.FEEDBACK", "FEEDBACK", "FIRE"));
        move(fire, "desk.fire", "CLOSED", canary("R1.FIRE.CLOSE_REASON", "CLOSEREASON", "FIRE"), v, null);
        // R1 at HMRC: no further action, with a reason only HMRC's desk may read.
        long hmrc = routing.get("R1.HMRC");
        v = move(hmrc, "desk.hmrc", "IN_REVIEW", null, 0, null);
        move(hmrc, "desk.hmrc", "NO_FURTHER_ACTION", canary("R1.HMRC.MOVE_REASON", "MOVEREASON", "HMRC"), v, null);
        // R1 at Immigration: referred on to trading standards, conditions confirmed.
        long imm = routing.get("R1.IMMIGRATION");
        v = move(imm, "desk.immigration", "IN_REVIEW", null, 0, null);
        move(imm, "desk.immigration", "REFERRED_ON", canary("R1.IMMIGRATION.REFER_REASON", "REFERREASON", "IMMIGRATION"),
                v, "TRADING_STD");
        // R2 at HMRC: question and the Fire officer's answer.
        long r2 = routing.get("R2.HMRC");
        v = move(r2, "desk.hmrc", "IN_REVIEW", null, 0, null);
        move(r2, "desk.hmrc", "INFO_REQUESTED", canary("R2.HMRC.QUESTION", "QUESTION", "HMRC"), v, null);
        answer(r2, "officer.fire", canary("R2.HMRC.ANSWER", "ANSWER", "HMRC"));
        // R3 at Immigration: question and answer; at trading standards: feedback (FULL).
        long r3i = routing.get("R3.IMMIGRATION");
        v = move(r3i, "desk.immigration", "IN_REVIEW", null, 0, null);
        move(r3i, "desk.immigration", "INFO_REQUESTED", canary("R3.IMMIGRATION.QUESTION", "QUESTION", "IMMIGRATION"),
                v, null);
        answer(r3i, "officer.fire", canary("R3.IMMIGRATION.ANSWER", "ANSWER", "IMMIGRATION"));
        long r3t = routing.get("R3.TRADING_STD");
        v = move(r3t, "desk.tradingstandards", "IN_REVIEW", null, 0, null);
        v = move(r3t, "desk.tradingstandards", "ACCEPTED", canary("R3.TRADING_STD.MOVE_REASON", "MOVEREASON", "TS"),
                v, null);
        feedback(r3t, "desk.tradingstandards", v, canary("R3.TRADING_STD.FEEDBACK", "FEEDBACK", "TS"));

        // The onward routing to trading standards, made by the referral.
        JsonObject r1 = ApiClient.object(as.get("officer.food").get("/api/referrals/" + reference.get("R1")));
        for (JsonObject r : r1.getJsonArray("routings").getValuesAs(JsonObject.class)) {
            if (r.getString("agency").equals("TRADING_STD")) {
                routing.put("R1.TRADING_STD", r.getJsonNumber("id").longValue());
            }
        }
        assertThat(routing).as("the onward routing").containsKey("R1.TRADING_STD");
    }

    /**
     * IR1: Fire's desk asks Immigration's about R3's business; Immigration answers. IR2: Fire's desk
     * asks HMRC's, which may only decline (no agreement lets HMRC disclose to Fire).
     */
    private void informationRequests() throws Exception {
        request.put("IR1", ask("IR1", "IMMIGRATION", business.get("R3")));
        answerRequest("IR1", "desk.immigration", false);
        request.put("IR2", ask("IR2", "HMRC", business.get("R2")));
        answerRequest("IR2", "desk.hmrc", true);
    }

    private long ask(String key, String to, long businessId) throws Exception {
        HttpResponse<String> asked = as.get("desk.fire").post("/api/information-requests",
                "{\"businessId\": %d, \"toAgency\": \"%s\", \"question\": \"%s\"}".formatted(businessId, to,
                        canary(key + ".QUESTION", "INFOQUESTION", "FIRE")));
        assertThat(asked.statusCode()).as(key + ": " + asked.body()).isEqualTo(201);
        return ApiClient.object(asked).getJsonNumber("id").longValue();
    }

    private void answerRequest(String key, String desk, boolean decline) throws Exception {
        long id = request.get(key);
        long version = ApiClient.object(as.get(desk).get("/api/information-requests/" + id)).getJsonNumber("version")
                .longValue();
        HttpResponse<String> answered = as.get(desk).post("/api/information-requests/" + id + "/answer",
                "{\"answer\": \"%s\", \"decline\": %s, \"expectedVersion\": %d}".formatted(
                        canary(key + ".ANSWER", "INFOANSWER", desk.substring(5).toUpperCase()), decline, version));
        assertThat(answered.statusCode()).as(key + " answered: " + answered.body()).isEqualTo(204);
    }

    private void submit(String key, String author, String agency, String day, List<String> indicators,
                        boolean conditions, List<String> expectedAgencies) throws Exception {
        String pc = uniquePostcode();
        postcode.put(key, pc);
        String body = """
                {"newBusiness": {"tradingName": "Canary %s %s Takeaway", "addressLine1": "%d Canary Wharf Road",
                  "town": "Luton", "postcode": "%s"},
                 "visitDate": "%s", "visitReason": "Routine inspection",
                 "indicatorCodes": [%s], "observation": "%s",
                 "people": [{"nameOrDescription": "%s", "roleAtPremises": "Manager", "category": "SUSPECT"}],
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "%s"%s}, "urgency": "ROUTINE"}
                """.formatted(key, run, 10 + canary.size(), pc, day,
                indicators.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")),
                canary(key + ".OBSERVATION", "OBSERVATION", agency), canary(key + ".PERSON", "PERSON", agency),
                conditions ? "C" : "P",
                conditions ? ", \"conditions\": \"" + canary(key + ".CONDITIONS", "CONDITIONS", agency) + "\"" : "");
        HttpResponse<String> created = as.get(author).post("/api/referrals", body, UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(key + ": " + created.body()).isEqualTo(201);
        JsonObject detail = ApiClient.object(created);
        reference.put(key, detail.getString("reference"));
        business.put(key, detail.getJsonObject("business").getJsonNumber("id").longValue());
        for (JsonObject r : detail.getJsonArray("routings").getValuesAs(JsonObject.class)) {
            routing.put(key + "." + r.getString("agency"), r.getJsonNumber("id").longValue());
        }
        assertThat(routing.keySet().stream().filter(k -> k.startsWith(key + ".")).map(k -> k.substring(key.length() + 1)))
                .as(key + " routed to").containsExactlyInAnyOrderElementsOf(expectedAgencies);
        attachment.put(key, attach(detail.getString("reference"),
                canary(key + ".ATTACHMENT_NAME", "ATTACHMENTNAME", agency) + ".pdf", author));
    }

    /** An attachment as the concern card stores one: the file under a random key, and its row. */
    private static long attach(String reference, String fileName, String author) throws Exception {
        byte[] bytes = "%PDF-1.4\n%canary\n".getBytes(StandardCharsets.US_ASCII);
        String key = UUID.randomUUID().toString();
        java.nio.file.Path file = Database.attachmentFile(key);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, bytes);
        try (Connection db = Database.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO attachment (referral_id, file_name,"
                     + " content_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by)"
                     + " SELECT id, ?, 'application/pdf', ?, ?, ?, ?, ? FROM referral WHERE reference = ?",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, fileName);
            insert.setLong(2, bytes.length);
            insert.setString(3, HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            insert.setString(4, key);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.setString(6, author);
            insert.setString(7, reference);
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long move(long routingId, String desk, String to, String reason, long version, String referOn)
            throws Exception {
        String body = "{\"to\": \"%s\", \"expectedVersion\": %d%s%s}".formatted(to, version,
                reason == null ? "" : ", \"reason\": \"" + reason + "\"",
                referOn == null ? "" : ", \"referOnAgency\": \"" + referOn + "\", \"conditionsConfirmed\": true");
        HttpResponse<String> moved = as.get(desk).post("/api/routings/" + routingId + "/transitions", body);
        assertThat(moved.statusCode()).as(desk + " moves " + routingId + " to " + to + ": " + moved.body()).isEqualTo(200);
        return ApiClient.object(moved).getJsonNumber("version").longValue();
    }

    private long answer(long routingId, String officer, String text) throws Exception {
        HttpResponse<String> answered = as.get(officer).post("/api/routings/" + routingId + "/answer",
                "{\"answer\": \"" + text + "\"}");
        assertThat(answered.statusCode()).as(officer + " answers: " + answered.body()).isEqualTo(200);
        return ApiClient.object(answered).getJsonNumber("version").longValue();
    }

    private long feedback(long routingId, String desk, long version, String comment) throws Exception {
        HttpResponse<String> given = as.get(desk).post("/api/routings/" + routingId + "/feedback", """
                {"usefulness": "USEFUL", "outcomeCategory": "NOTICE_SERVED", "comment": "%s", "expectedVersion": %d}
                """.formatted(comment, version));
        assertThat(given.statusCode()).as(desk + " gives feedback: " + given.body()).isEqualTo(200);
        return ApiClient.object(given).getJsonNumber("version").longValue();
    }

    // ---- visits -----------------------------------------------------------------------------

    private void visits() throws Exception {
        long b1 = registerEntry("V1");
        long b2 = registerEntry("V2");
        long b3 = registerEntry("V3");
        String tomorrow = LocalDate.now(LONDON).plusDays(1).toString();

        // V1: a joint visit that started three hours ago, led by Licensing; Immigration accepts, Fire declines,
        // HMRC has not answered; Licensing and Immigration record findings, Licensing a follow-up task.
        long v1 = plan("V1", "coordinator", b1, Instant.now().minus(3, ChronoUnit.HOURS), "LICENSING",
                List.of("IMMIGRATION", "FIRE", "HMRC"), "LICENSING");
        respond(v1, "desk.immigration", null);
        respond(v1, "desk.fire", canary("V1.DECLINE.FIRE", "DECLINEREASON", "FIRE"));
        outcome(v1, "coordinator", canary("V1.FINDINGS.LICENSING", "FINDINGS", "LICENSING"),
                "{\"description\": \"%s\", \"owner\": \"coordinator\", \"dueOn\": \"%s\"}".formatted(
                        canary("V1.FOLLOW_UP", "FOLLOWUP", "LICENSING"), tomorrow));
        outcome(v1, "desk.immigration", canary("V1.FINDINGS.IMMIGRATION", "FINDINGS", "IMMIGRATION"), null);
        // V4: the same business twelve days later, planned over the clash warning; Food invited.
        plan("V4", "coordinator", b1, at(12, 10), "LICENSING", List.of("FOOD"), "LICENSING");
        // V2: Fire's officer plans a Fire-only visit and cancels it.
        long v2 = plan("V2", "officer.fire", b2, at(20, 10), "FIRE", List.of(), "FIRE");
        cancel(v2, "officer.fire", canary("V2.CANCEL", "CANCELREASON", "FIRE"));
        // V3: Licensing with Immigration (accepts) and HMRC (declines); then cancelled by its planner.
        long v3 = plan("V3", "coordinator", b3, at(30, 10), "LICENSING", List.of("IMMIGRATION", "HMRC"), "LICENSING");
        respond(v3, "desk.immigration", null);
        respond(v3, "desk.hmrc", canary("V3.DECLINE.HMRC", "DECLINEREASON", "HMRC"));
        cancel(v3, "coordinator", canary("V3.CANCEL", "CANCELREASON", "LICENSING"));
    }

    private long registerEntry(String key) throws Exception {
        String pc = uniquePostcode();
        postcode.put(key, pc);
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO business (trading_name, address_line1, town, postcode, confirmed, created_at, created_by)"
                        + " VALUES (?, ?, 'Luton', ?, TRUE, NOW(6), 'canary')", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "Canary " + key + " " + run + " Cafe");
            s.setString(2, (40 + business.size()) + " Canary Lane");
            s.setString(3, pc);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                business.put(key, keys.getLong(1));
                return keys.getLong(1);
            }
        }
    }

    private static Instant at(int days, int hour) {
        return LocalDate.now(LONDON).plusDays(days).atTime(hour, 0).atZone(LONDON).toInstant();
    }

    /** Plans a visit with a risk-notes canary; over a clash warning only with an override-reason canary. */
    private long plan(String key, String planner, long businessId, Instant start, String lead, List<String> invited,
                      String agency) throws Exception {
        String participants = invited.stream().map(a -> "{\"agencyCode\": \"" + a + "\", \"headCount\": 1}")
                .collect(Collectors.joining(","));
        String plan = """
                {"businessId": %d, "startsAt": "%s", "endsAt": "%s", "purpose": "MIXED", "leadAgency": "%s",
                 "participants": [%s], "officers": [], "riskNotes": "%s"%%s}
                """.formatted(businessId, start, start.plus(2, ChronoUnit.HOURS), lead, participants,
                canary(key + ".RISK_NOTES", "RISKNOTES", agency));
        HttpResponse<String> planned = as.get(planner).post("/api/visits", plan.formatted(""));
        if (planned.statusCode() == 409) {
            planned = as.get(planner).post("/api/visits", plan.formatted(
                    ", \"overrideReason\": \"" + canary(key + ".OVERRIDE", "OVERRIDEREASON", agency) + "\""));
        }
        assertThat(planned.statusCode()).as(planner + " plans " + key + ": " + planned.body()).isEqualTo(201);
        long id = ApiClient.object(planned).getJsonNumber("id").longValue();
        visit.put(key, id);
        return id;
    }

    private void respond(long visitId, String desk, String declineReason) throws Exception {
        HttpResponse<String> answered = as.get(desk).post("/api/visits/" + visitId + "/responses",
                declineReason == null ? "{\"accept\": true}"
                        : "{\"accept\": false, \"reason\": \"" + declineReason + "\"}");
        assertThat(answered.statusCode()).as(desk + " answers visit " + visitId + ": " + answered.body())
                .isBetween(200, 204);
    }

    private void outcome(long visitId, String who, String findings, String followUp) throws Exception {
        HttpResponse<String> recorded = as.get(who).post("/api/visits/" + visitId + "/outcomes",
                "{\"concernsFound\": true, \"findings\": \"%s\", \"adviceGiven\": true, \"followUps\": [%s]}".formatted(findings,
                        followUp == null ? "" : followUp));
        assertThat(recorded.statusCode()).as(who + " records an outcome: " + recorded.body()).isBetween(200, 201);
    }

    private void cancel(long visitId, String who, String reason) throws Exception {
        long version = ApiClient.object(as.get(who).get("/api/visits/" + visitId)).getJsonObject("summary")
                .getJsonNumber("version").longValue();
        HttpResponse<String> cancelled = as.get(who).post("/api/visits/" + visitId + "/cancel",
                "{\"expectedVersion\": %d, \"reason\": \"%s\"}".formatted(version, reason));
        assertThat(cancelled.statusCode()).as(who + " cancels " + visitId + ": " + cancelled.body()).isBetween(200, 204);
    }

    // ---- datasets ---------------------------------------------------------------------------

    private static final String MAP = "id=Ref,name=Name,address=Address,town=Town,postcode=Postcode,phone=Phone,"
            + "contact=Contact,type=Kind,status=Status";

    /**
     * A Food, a Fire and an HMRC dataset, each with one premises of its own (a unique postcode, so
     * it becomes a new register entry) whose agency reference and contact name are canaries.
     * The register entry takes the row's name and address, which docs/security.md makes shared
     * reference data, so those hold no canary. Each row is an adverse record by its agency's rule
     * (status "Enforcement"), so each agency has an interest in its premises (ADR 0032), and its
     * record type is a canary: what an agency recorded is as confidential as its reference.
     */
    private void datasets() throws Exception {
        for (String agency : List.of("FOOD", "FIRE", "HMRC")) {
            String key = "D." + agency;
            String pc = uniquePostcode();
            postcode.put(key, pc);
            HttpResponse<String> created = as.get("analyst").post("/api/linkage/datasets",
                    "{\"agency\": \"%s\", \"name\": \"Canary %s %s\", \"columnMap\": \"%s\", \"adverseValues\": \"Enforcement\"}"
                            .formatted(agency, agency, run, MAP));
            assertThat(created.statusCode()).as("analyst creates " + key + ": " + created.body()).isEqualTo(200);
            long id = ApiClient.object(created).getJsonNumber("id").longValue();
            dataset.put(key, id);
            // The phone is no canary: the register entry this row starts shares it (docs/security.md).
            String phone = "01632 " + (100000 + ThreadLocalRandom.current().nextInt(899999));
            // The shop's name must not name the agency: the register shares it, and the crawl checks
            // that HMRC's interest in this business is never named to others.
            String csv = ("Ref,Name,Address,Town,Postcode,Phone,Contact,Kind,Status\n"
                    + "%s,Canary %s %s Stores,%d Canary Row,Luton,%s,%s,%s,%s,Enforcement\n")
                    .formatted(canary(key + ".REFERENCE", "DSREF", agency), "Row" + dataset.size(), run,
                            70 + dataset.size(), pc, phone,
                            canary(key + ".CONTACT", "DSCONTACT", agency), canary(key + ".TYPE", "DSTYPE", agency));
            HttpResponse<String> started = as.get("analyst").post("/api/linkage/datasets/" + id + "/imports", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8), "X-File-Name", "canary.csv");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            importJob.put(key, ApiClient.object(started).getJsonNumber("id").longValue());
        }
    }

    /**
     * Waits for the imports started first (they run in the background while the referrals and
     * visits are made, so they have usually ended), then notes the register entry of each row.
     */
    private void importsEnded() throws Exception {
        for (Map.Entry<String, Long> job : importJob.entrySet()) {
            String key = job.getKey();
            JsonObject progress = Eventually.until(key + " import to end", Duration.ofSeconds(90), Duration.ofMillis(200),
                    () -> ApiClient.object(as.get("analyst").get("/api/linkage/imports/" + job.getValue())),
                    p -> !List.of("QUEUED", "RUNNING").contains(p.getString("status")));
            assertThat(progress.getString("status")).as(key + " import").isEqualTo("COMPLETED");
            assertThat(progress.getInt("rowsAdded")).as(key + " imported").isEqualTo(1);
            try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                    "SELECT business_id FROM source_record WHERE dataset_id = ?")) {
                s.setLong(1, dataset.get(key));
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).as(key + " row linked").isTrue();
                    business.put(key, rs.getLong(1));
                }
            }
        }
    }

    /** Shetland's area with a district it does not have (ZE10-ZE99): no other test's premises. */
    private static String uniquePostcode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "ZE" + (10 + r.nextInt(90)) + " " + r.nextInt(10) + letters.charAt(r.nextInt(letters.length()))
                + letters.charAt(r.nextInt(letters.length()));
    }
}
