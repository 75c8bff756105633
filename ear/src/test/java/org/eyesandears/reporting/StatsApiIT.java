package org.eyesandears.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures through GET /api/stats/summary on the hand-built data set of
 * {@link StatsData} (see its table); each expected value is worked out in the comments.
 */
@ExtendWith(ArquillianExtension.class)
class StatsApiIT {

    static final String PERIOD = "from=" + StatsData.FROM + "&to=" + StatsData.TO;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @BeforeEach
    void data() throws Exception {
        StatsData.load();
    }

    private static JsonObject summary(String user, String query) throws Exception {
        HttpResponse<String> response = ApiClient.as(user).get("/api/stats/summary?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    private static Map<String, JsonObject> byAgency(JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("agency"), Function.identity()));
    }

    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    @Test
    void aPartnershipManagerSeesEveryAgencysFiguresWorkedOutByHand() throws Exception {
        JsonObject s = summary("manager.partnership", PERIOD);
        assertThat(s.getString("scope")).isEqualTo("ALL");
        assertThat(s.getJsonObject("previousPeriod").getString("from")).isEqualTo("2019-03-02");
        JsonObject current = s.getJsonObject("current");

        // The matrix: ST-1 (FOOD to FIRE, HSE), ST-2 (FOOD to FIRE), ST-3 (FIRE to FOOD, HSE), ST-4 (FIRE to FOOD,
        // made at 00:30 London time on 1 April, so in April although it was still 31 March in UTC).
        assertThat(current.getJsonArray("matrix").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("from") + ">" + f.getString("to") + "=" + f.getInt("routings")))
                .containsExactly("FIRE>FOOD=2", "FIRE>HSE=1", "FOOD>FIRE=2", "FOOD>HSE=1");
        assertThat(s.getJsonObject("previous").getJsonArray("matrix").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("from") + ">" + f.getString("to") + "=" + f.getInt("routings")))
                .as("ST-5 only").containsExactly("FOOD>FIRE=1");

        Map<String, JsonObject> agencies = byAgency(current.getJsonArray("agencies"));
        assertThat(agencies).hasSize(12);
        JsonObject fire = agencies.get("FIRE");
        assertThat(fire.getInt("routingsReceived")).isEqualTo(2);
        assertThat(fire.getInt("feedbackGiven")).isEqualTo(1);
        assertThat(number(fire, "feedbackRatePct")).isEqualTo(50.0);
        // ST-1's feedback took 13 working days (Tue 2 - Thu 18 April), within FIRE's 20.
        assertThat(number(fire, "feedbackWithinTargetPct")).isEqualTo(50.0);
        // First decisions after 2 (ST-1) and 5 (ST-2: 10 to 17 April) working days: median 3.5, p90 2 + 0.9 * 3.
        assertThat(number(fire, "triageMedianDays")).isEqualTo(3.5);
        assertThat(number(fire, "triageP90Days")).isEqualTo(4.7);
        assertThat(number(fire, "feedbackMedianDays")).isEqualTo(13.0);
        assertThat(fire.getInt("referralsSent")).as("ST-3, ST-4").isEqualTo(2);
        assertThat(fire.getInt("routingsSent")).isEqualTo(3);

        JsonObject hse = agencies.get("HSE");
        // ST-1: feedback Tue 23 April = 14 working days (Good Friday and Easter Monday are not counted).
        // ST-3: decided at 00:30 on Tue 30 April London time (23:30 UTC on the 29th) = 9 working days; feedback 1 May = 10.
        assertThat(number(hse, "feedbackRatePct")).isEqualTo(100.0);
        assertThat(number(hse, "feedbackWithinTargetPct")).isEqualTo(100.0);
        assertThat(number(hse, "triageMedianDays")).as("1 and 9").isEqualTo(5.0);
        assertThat(number(hse, "triageP90Days")).as("1 + 0.9 * 8").isEqualTo(8.2);
        assertThat(number(hse, "feedbackMedianDays")).as("10 and 14").isEqualTo(12.0);
        assertThat(number(hse, "feedbackP90Days")).as("10 + 0.9 * 4").isEqualTo(13.6);

        JsonObject food = agencies.get("FOOD");
        // ST-3's feedback on Mon 20 May: 22 working days (Easter and the 6 May bank holiday skipped), over 20.
        assertThat(number(food, "feedbackRatePct")).isEqualTo(50.0);
        assertThat(number(food, "feedbackWithinTargetPct")).isEqualTo(0.0);
        assertThat(number(food, "triageMedianDays")).isEqualTo(0.0);
        assertThat(number(food, "feedbackMedianDays")).isEqualTo(22.0);
        assertThat(agencies.get("POLICE").getInt("routingsReceived")).isZero();
        assertThat(agencies.get("POLICE")).doesNotContainKey("feedbackRatePct");

        JsonObject all = current.getJsonObject("partnership");
        assertThat(all.getInt("routingsReceived")).isEqualTo(6);
        assertThat(all.getInt("feedbackGiven")).isEqualTo(4);
        assertThat(number(all, "feedbackRatePct")).as("4 of 6").isEqualTo(66.7);
        assertThat(number(all, "feedbackWithinTargetPct")).as("3 of 6").isEqualTo(50.0);
        assertThat(number(all, "triageMedianDays")).as("0,0,1,2,5,9").isEqualTo(1.5);
        assertThat(number(all, "triageP90Days")).as("5 + 0.5 * 4").isEqualTo(7.0);
        assertThat(number(all, "feedbackMedianDays")).as("10,13,14,22").isEqualTo(13.5);
        assertThat(number(all, "feedbackP90Days")).as("14 + 0.7 * 8").isEqualTo(19.6);

        JsonObject previousFire = byAgency(s.getJsonObject("previous").getJsonArray("agencies")).get("FIRE");
        assertThat(previousFire.getInt("routingsReceived")).isEqualTo(1);
        assertThat(number(previousFire, "feedbackMedianDays")).as("Thu 21, Fri 22, Mon 25 March").isEqualTo(3.0);

        assertThat(categories(current.getJsonArray("usefulness"))).containsExactlyInAnyOrder(
                "FIRE:USEFUL=1", "HSE:USEFUL=1", "HSE:PARTLY_USEFUL=1", "FOOD:NOT_USEFUL=1",
                "ALL:USEFUL=2", "ALL:PARTLY_USEFUL=1", "ALL:NOT_USEFUL=1");
        assertThat(categories(current.getJsonArray("outcomes"))).containsExactlyInAnyOrder(
                "FIRE:NOTICE_SERVED=1", "HSE:ENFORCEMENT_ACTION=1", "HSE:ADVICE_GIVEN=1", "FOOD:NO_ACTION=1",
                "ALL:NOTICE_SERVED=1", "ALL:ENFORCEMENT_ACTION=1", "ALL:ADVICE_GIVEN=1", "ALL:NO_ACTION=1");

        // B1 went to FIRE, HSE and FOOD; B2 to FIRE and FOOD (and was referred by both).
        JsonObject businesses = current.getJsonObject("businesses");
        assertThat(businesses.getInt("twoOrMore")).isEqualTo(2);
        assertThat(businesses.getInt("threeOrMore")).isEqualTo(1);
        assertThat(businesses.getJsonArray("months").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(m -> assertThat(m.getString("month") + "=" + m.getInt("twoOrMore") + "/" + m.getInt("threeOrMore"))
                        .isEqualTo("2019-04=2/1"));
        // March: B4, referred by FOOD (ST-5, its officer's referral) to FIRE (ADR 0032: the referring agency counts).
        assertThat(s.getJsonObject("previous").getJsonObject("businesses").getInt("twoOrMore")).isEqualTo(1);
        assertThat(current.getJsonArray("officers")).as("no officer names for a partnership manager").isEmpty();
        assertThat(s.containsKey("jointVisits")).as("the placeholder text is gone").isFalse();
    }

    private static List<String> categories(JsonArray counts) {
        return counts.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("agency") + ":" + c.getString("category") + "=" + c.getInt("count")).toList();
    }

    @Test
    void anAgencyManagerSeesTheirAgencyTheFlowsThroughItTheirOfficersAndPartnershipTotals() throws Exception {
        JsonObject s = summary("manager", PERIOD);
        assertThat(s.getString("scope")).isEqualTo("FOOD");
        JsonObject current = s.getJsonObject("current");
        assertThat(byAgency(current.getJsonArray("agencies")).keySet()).containsExactly("FOOD");
        assertThat(current.getJsonArray("matrix").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("from") + ">" + f.getString("to")))
                .as("not FIRE to HSE").containsExactly("FIRE>FOOD", "FOOD>FIRE", "FOOD>HSE");
        assertThat(current.getJsonObject("partnership").getInt("routingsReceived")).isEqualTo(6);
        assertThat(categories(current.getJsonArray("usefulness")))
                .containsExactlyInAnyOrder("FOOD:NOT_USEFUL=1", "ALL:USEFUL=2", "ALL:PARTLY_USEFUL=1", "ALL:NOT_USEFUL=1");
        assertThat(current.getJsonArray("officers").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(o -> {
                    assertThat(o.getString("username")).isEqualTo("officer.food");
                    assertThat(o.getInt("referrals")).as("ST-1, ST-2").isEqualTo(2);
                });
        JsonObject fireOfficers = summary("manager.fire", PERIOD).getJsonObject("current");
        assertThat(fireOfficers.getJsonArray("officers").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(o -> assertThat(o.getString("username") + "=" + o.getInt("referrals"))
                        .as("ST-4 was submitted on 1 April London time").isEqualTo("officer.fire=2"));
    }

    @Test
    void anAgencyManagerCannotAskForAnotherAgencyAndOthersCannotAskAtAll() throws Exception {
        assertThat(ApiClient.as("manager").get("/api/stats/summary?" + PERIOD + "&agency=FIRE").statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as("desk.fire").get("/api/stats/summary?" + PERIOD).statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("manager.fire").get("/api/stats/routings?kind=RECEIVED&agency=HSE&" + PERIOD)
                .statusCode()).isEqualTo(403);
        assertThat(byAgency(summary("manager.partnership", PERIOD + "&agency=FIRE").getJsonObject("current")
                .getJsonArray("agencies")).keySet()).containsExactly("FIRE");
        HttpResponse<String> backwards = ApiClient.as("manager").get("/api/stats/summary?from=2019-04-30&to=2019-04-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("The end of the period must not be before its start.");
    }

    @Test
    void overdueRoutingsAndTheirListAreTheManagersOwn() throws Exception {
        JsonObject s = summary("manager.fire", PERIOD);
        List<JsonObject> overdue = s.getJsonArray("overdue").getValuesAs(JsonObject.class);
        assertThat(overdue).singleElement().satisfies(o -> {
            assertThat(o.getString("agency")).isEqualTo("FIRE");
            assertThat(o.getInt("awaitingFeedback")).as("ST-2, feedback due 10 May 2019").isEqualTo(1);
        });
        List<String> references = ApiClient.array(ApiClient.as("manager.fire")
                        .get("/api/stats/routings?kind=OVERDUE_FEEDBACK&agency=FIRE&" + PERIOD))
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("reference")).toList();
        assertThat(references).containsExactly("ST-2");
        List<String> flow = ApiClient.array(ApiClient.as("manager")
                        .get("/api/stats/routings?kind=FLOW&agency=FIRE&toAgency=FOOD&" + PERIOD))
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("reference")).toList();
        assertThat(flow).as("newest first; the receiving agency's manager may see them").containsExactly("ST-3", "ST-4");
    }

    @Test
    void anAdministratorSetsTargetsAndTheDashboardSaysWhetherTheyAreMet() throws Exception {
        ApiClient admin = ApiClient.as("admin");
        assertThat(admin.put("/api/stats/targets/FIRE",
                "{\"feedbackRatePct\": 50, \"feedbackDays\": 10, \"triageMedianDays\": 3}").statusCode()).isEqualTo(200);
        assertThat(admin.put("/api/stats/targets/HSE",
                "{\"feedbackRatePct\": 90, \"feedbackDays\": 15, \"triageMedianDays\": 5}").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = admin.put("/api/stats/targets/HSE", "{\"feedbackRatePct\": 150, \"feedbackDays\": 15}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("feedbackRatePct", "Give a percentage from 1 to 100.");
        assertThat(ApiClient.as("manager").put("/api/stats/targets/FOOD", "{\"triageMedianDays\": 1}").statusCode())
                .isEqualTo(403);

        List<String> results = summary("manager.partnership", PERIOD).getJsonArray("targets")
                .getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("agency") + ": " + t.getString("criterion") + " " + t.getString("target") + " / "
                        + t.getString("measured") + " / " + (t.get("met") == JsonValue.TRUE ? "met" : "not met")).toList();
        assertThat(results).containsExactly(
                // ST-1's 13 days exceed 10; ST-2 has none: 0 of 2.
                "FIRE: Feedback within 10 working days at least 50% / 0.0% / not met",
                "FIRE: Median time to first triage decision at most 3 working days / 3.5 working days / not met",
                // 14 and 10 days, both within 15.
                "HSE: Feedback within 15 working days at least 90% / 100.0% / met",
                "HSE: Median time to first triage decision at most 5 working days / 5.0 working days / met");
        assertThat(summary("manager.fire", PERIOD).getJsonArray("targets").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("agency")).containsOnly("FIRE");
    }

    @Test
    void everyTableExportsAsCsvWithTheSameFigures() throws Exception {
        ApiClient manager = ApiClient.as("manager.partnership");
        HttpResponse<byte[]> agencies = manager.download("/api/stats/export/agencies.csv?" + PERIOD, "text/csv");
        assertThat(agencies.statusCode()).isEqualTo(200);
        assertThat(agencies.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = csv(new String(agencies.body(), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("period_from", "period_to", "agency", "agency_name");
        List<String> hse = rows.stream().filter(r -> r.get(0).equals("2019-04-01") && r.get(2).equals("HSE"))
                .findFirst().orElseThrow();
        assertThat(hse.get(header.indexOf("routings_received"))).isEqualTo("2");
        assertThat(hse.get(header.indexOf("feedback_p90_days"))).isEqualTo("13.6");
        List<String> all = rows.stream().filter(r -> r.get(0).equals("2019-04-01") && r.get(2).equals("ALL"))
                .findFirst().orElseThrow();
        assertThat(all.get(header.indexOf("feedback_rate_pct"))).isEqualTo("66.7");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("2019-03-02", "2019-03-31", "FIRE",
                "Fire and rescue (fire protection)", "0", "0", "1", "1", "1", "20", "100.0", "100.0", "1", "1.0", "1.0",
                "3.0", "3.0"));

        List<List<String>> matrix = csv(new String(manager.download("/api/stats/export/matrix.csv?" + PERIOD, "text/csv")
                .body(), StandardCharsets.UTF_8));
        assertThat(matrix).contains(List.of("2019-04-01", "2019-04-30", "FOOD", "FIRE", "2"),
                List.of("2019-03-02", "2019-03-31", "FOOD", "FIRE", "1"));
        for (String table : List.of("usefulness", "outcomes", "officers", "businesses", "overdue", "targets", "visits",
                "visit_sizes", "visit_agencies", "follow_ups", "teams")) {
            assertThat(manager.download("/api/stats/export/" + table + ".csv?" + PERIOD, "text/csv").statusCode())
                    .as(table).isEqualTo(200);
        }
        assertThat(manager.download("/api/stats/export/secrets.csv?" + PERIOD, "text/csv").statusCode()).isEqualTo(404);
    }

    @Test
    void thePdfSummaryCarriesTheFiguresAndTheTargets() throws Exception {
        HttpResponse<byte[]> response = ApiClient.as("manager.partnership")
                .download("/api/stats/export/summary.pdf?" + PERIOD, "application/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Eyes and Ears: partnership summary", "2019-04-01 to 2019-04-30",
                "previous period 2019-03-02 to 2019-03-31", "Health and Safety Executive",
                "Feedback rate 100.0 (-) %", "Partnership", "Feedback rate 66.7 (100.0) %",
                "Days to feedback: median 13.5 (3.0), 90th percentile 19.6 (3.0)",
                "Two or more agencies: 2 (1); three or more: 1 (0)",
                "Partnership: 3 (1) joint visits; agencies per visit, mean 2.3 (2.0)", "2 agencies: 2 visits",
                "3 agencies: 1 visits",
                "Fire and rescue (fire protection): took part in 2, outcomes recorded 1",
                "Partnership: took part in 3, outcomes recorded 3",
                "follow-up tasks overdue now");
        assertThat(ApiClient.as("manager").download("/api/stats/export/summary.pdf?" + PERIOD + "&agency=FIRE",
                "application/pdf").statusCode()).isEqualTo(403);
    }

    private static List<String> sizes(JsonObject visits) {
        return visits.getJsonArray("agenciesPerVisit").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getInt("agencies") + ":" + c.getInt("visits")).toList();
    }

    private static String part(JsonObject a) {
        return a.getString("agency") + " " + a.getInt("visits") + " " + a.getInt("outcomesRecorded") + " "
                + a.getInt("arrests") + "/" + a.getInt("notices") + "/" + a.getInt("seizures") + "/" + a.getInt("adviceGiven");
    }

    private static List<Long> visitIds(String user, String query) throws Exception {
        HttpResponse<String> response = ApiClient.as(user).get("/api/stats/visits?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(v -> v.getJsonNumber("id").longValue()).toList();
    }

    private static long visit(String name) {
        return StatsData.VISITS.get(name);
    }

    @Test
    void aPartnershipManagerSeesJointVisitFiguresWorkedOutByHand() throws Exception {
        JsonObject s = summary("manager.partnership", PERIOD);
        JsonObject v = s.getJsonObject("current").getJsonObject("visits");
        // Held in April (London): V1 (FOOD, FIRE, HSE), V2 (FIRE, FOOD; POLICE declined), V5 (FOOD, HSE; 00:30 on
        // 1 April London time). Not V3 (cancelled), V4 (one agency accepted), V6 (March).
        assertThat(v.getInt("held")).isEqualTo(3);
        assertThat(v.getInt("heldPartnership")).isEqualTo(3);
        assertThat(sizes(v)).containsExactly("2:2", "3:1");
        // (2 + 3 + 2) / 3 = 2.33
        assertThat(number(v, "meanAgencies")).isEqualTo(2.3);
        Map<String, String> parts = v.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("agency"), StatsApiIT::part));
        assertThat(parts).containsEntry("FOOD", "FOOD 3 1 0/1/0/1").containsEntry("FIRE", "FIRE 2 1 0/2/1/0")
                .containsEntry("HSE", "HSE 2 1 2/0/0/0").containsEntry("POLICE", "POLICE 0 0 0/0/0/0");
        assertThat(part(v.getJsonObject("partnership"))).isEqualTo("ALL 3 3 2/3/1/1");

        JsonObject before = s.getJsonObject("previous").getJsonObject("visits");
        assertThat(before.getInt("held")).as("V6 only").isEqualTo(1);
        assertThat(number(before, "meanAgencies")).isEqualTo(2.0);
        assertThat(before.getJsonArray("agencies").getValuesAs(JsonObject.class).stream().map(StatsApiIT::part))
                .contains("FOOD 1 1 0/0/3/0", "FIRE 1 0 0/0/0/0");

        // Follow-ups overdue now: V1's (FIRE) and V6's (FOOD) are open and past due; V5's (HSE) is done.
        Map<String, Integer> followUps = s.getJsonArray("followUpsOverdue").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("agency"), f -> f.getInt("overdue")));
        assertThat(followUps).containsKeys("FIRE", "FOOD");
        assertThat(followUps.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(s.getInt("followUpsOverdueTotal"));
        List<Long> fire = visitIds("manager.partnership", "kind=FOLLOW_UPS_OVERDUE&agency=FIRE");
        assertThat(fire).as("the visits behind the tasks").hasSizeLessThanOrEqualTo(followUps.get("FIRE")).contains(visit("V1"))
                .doesNotContain(visit("V5"), visit("V6"));
        assertThat(visitIds("manager.partnership", "kind=FOLLOW_UPS_OVERDUE&agency=HSE")).doesNotContain(visit("V5"));
        assertThat(visitIds("manager.partnership", "kind=FOLLOW_UPS_OVERDUE&agency=FOOD")).contains(visit("V6"));
    }

    @Test
    void anAgencyManagerSeesTheVisitsTheirAgencyTookPartInAndPartnershipTotals() throws Exception {
        JsonObject fire = summary("manager.fire", PERIOD);
        JsonObject v = fire.getJsonObject("current").getJsonObject("visits");
        assertThat(v.getInt("held")).as("V1 and V2").isEqualTo(2);
        assertThat(sizes(v)).containsExactly("2:1", "3:1");
        assertThat(number(v, "meanAgencies")).isEqualTo(2.5);
        assertThat(v.getInt("heldPartnership")).isEqualTo(3);
        assertThat(number(v, "meanAgenciesPartnership")).isEqualTo(2.3);
        assertThat(v.getJsonArray("agencies").getValuesAs(JsonObject.class).stream().map(StatsApiIT::part))
                .containsExactly("FIRE 2 1 0/2/1/0");
        assertThat(part(v.getJsonObject("partnership"))).isEqualTo("ALL 3 3 2/3/1/1");
        assertThat(fire.getJsonArray("followUpsOverdue").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("agency")).containsOnly("FIRE");

        JsonObject food = summary("manager", PERIOD).getJsonObject("current").getJsonObject("visits");
        assertThat(food.getInt("held")).as("V1, V2 and V5").isEqualTo(3);
        assertThat(food.getJsonArray("agencies").getValuesAs(JsonObject.class).stream().map(StatsApiIT::part))
                .containsExactly("FOOD 3 1 0/1/0/1");
    }

    @Test
    void theVisitsBehindAFigureAreTheManagersOwnAndEachListIsAudited() throws Exception {
        assertThat(visitIds("manager.fire", "kind=HELD&agency=FIRE&" + PERIOD)).as("latest first")
                .containsExactly(visit("V2"), visit("V1"));
        assertThat(visitIds("manager.fire", "kind=AGENCIES&size=3&agency=FIRE&" + PERIOD)).containsExactly(visit("V1"));
        assertThat(visitIds("manager.fire", "kind=OUTCOME_RECORDED&agency=FIRE&" + PERIOD)).containsExactly(visit("V1"));
        assertThat(visitIds("manager.partnership", "kind=AGENCIES&size=2&" + PERIOD))
                .containsExactly(visit("V2"), visit("V5"));
        assertThat(visitIds("manager.partnership", "kind=OUTCOME_RECORDED&agency=HSE&" + PERIOD))
                .containsExactly(visit("V5"));
        assertThat(visitIds("manager.partnership", "kind=HELD&from=2019-03-02&to=2019-03-31"))
                .containsExactly(visit("V6"));

        // An agency manager may not list another agency's visits, nor the whole partnership's.
        assertThat(ApiClient.as("manager.fire").get("/api/stats/visits?kind=HELD&agency=FOOD&" + PERIOD).statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as("manager.fire").get("/api/stats/visits?kind=HELD&" + PERIOD).statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as("desk.fire").get("/api/stats/visits?kind=HELD&agency=FIRE&" + PERIOD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> noSize = ApiClient.as("manager.partnership").get("/api/stats/visits?kind=AGENCIES&" + PERIOD);
        assertThat(noSize.statusCode()).isEqualTo(400);
        assertThat(noSize.body()).contains("size", "Give the number of agencies, 2 or more.");
        assertThat(ApiClient.as("manager.partnership").get("/api/stats/visits?kind=EVERYTHING").statusCode())
                .isEqualTo(400);

        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement("SELECT detail FROM audit_record"
                + " WHERE username = 'manager.fire' AND object_type = 'Visit list' AND object_id = 'FIRE'"
                + " ORDER BY id DESC LIMIT 1")) {
            var rs = st.executeQuery();
            assertThat(rs.next()).as("the drill-down is audited").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Dashboard drill-down OUTCOME_RECORDED 2019-04-01 to 2019-04-30: 1 visits");
        }
    }

    @Test
    void theOverdueCountsOfTheHomePageAreTheAgencyManagersOwn() throws Exception {
        List<String> fire = ApiClient.array(ApiClient.as("manager.fire").get("/api/overdue"))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("agency")).toList();
        assertThat(fire).as("ST-2 is overdue at FIRE").containsExactly("FIRE");
        List<String> food = ApiClient.array(ApiClient.as("manager").get("/api/overdue"))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("agency")).toList();
        assertThat(food).as("never another agency's row").allSatisfy(a -> assertThat(a).isEqualTo("FOOD"));
        List<String> all = ApiClient.array(ApiClient.as("manager.partnership").get("/api/overdue"))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("agency")).toList();
        assertThat(all).as("a partnership manager sees every agency").contains("FIRE");
        JsonObject dashboard = summary("manager.fire", PERIOD);
        assertThat(dashboard.getJsonObject("overdueTotal").getInt("awaitingFeedback"))
                .as("the partnership total still counts every agency")
                .isGreaterThanOrEqualTo(dashboard.getJsonArray("overdue").getJsonObject(0).getInt("awaitingFeedback"));
    }

    @Test
    void theVisitTablesExportAsCsv() throws Exception {
        ApiClient manager = ApiClient.as("manager.fire");
        List<List<String>> visits = csv(new String(manager.download("/api/stats/export/visits.csv?" + PERIOD, "text/csv")
                .body(), StandardCharsets.UTF_8));
        assertThat(visits).containsExactly(
                List.of("period_from", "period_to", "scope", "joint_visits_held", "mean_agencies_per_visit",
                        "partnership_joint_visits_held", "partnership_mean_agencies_per_visit"),
                List.of("2019-04-01", "2019-04-30", "FIRE", "2", "2.5", "3", "2.3"),
                List.of("2019-03-02", "2019-03-31", "FIRE", "1", "2.0", "1", "2.0"));
        List<List<String>> agencies = csv(new String(manager.download("/api/stats/export/visit_agencies.csv?" + PERIOD,
                "text/csv").body(), StandardCharsets.UTF_8));
        assertThat(agencies).contains(
                List.of("2019-04-01", "2019-04-30", "FIRE", "Fire and rescue (fire protection)", "2", "1", "0", "2", "1", "0"),
                List.of("2019-04-01", "2019-04-30", "ALL", "Partnership", "3", "3", "2", "3", "1", "1"));
        assertThat(agencies).noneMatch(r -> r.get(2).equals("FOOD") || r.get(2).equals("HSE"));
        List<List<String>> sizes = csv(new String(manager.download("/api/stats/export/visit_sizes.csv?" + PERIOD,
                "text/csv").body(), StandardCharsets.UTF_8));
        assertThat(sizes).contains(List.of("2019-04-01", "2019-04-30", "FIRE", "2", "1"),
                List.of("2019-04-01", "2019-04-30", "FIRE", "3", "1"));
        List<List<String>> followUps = csv(new String(manager.download("/api/stats/export/follow_ups.csv?" + PERIOD,
                "text/csv").body(), StandardCharsets.UTF_8));
        assertThat(followUps.get(0)).containsExactly("agency", "agency_name", "follow_ups_overdue");
        assertThat(followUps.subList(1, followUps.size())).extracting(r -> r.get(0)).containsExactly("FIRE", "ALL");
    }

    private static List<String> teams(JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream().map(t -> t.getString("label") + "=" + t.getInt("referrals"))
                .toList();
    }

    private static List<String> references(String user, String query) throws Exception {
        HttpResponse<String> response = ApiClient.as(user).get("/api/stats/referrals?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream().map(r -> r.getString("reference")).toList();
    }

    @Test
    void anAgencyManagerSeesReferralsPerTeamOfTheirAgencyAndTheReferralsBehindEach() throws Exception {
        JsonObject food = summary("manager", PERIOD);
        // April: ST-1 (Food North) and ST-2 (no team); March: ST-5 (Food North).
        assertThat(teams(food.getJsonObject("current").getJsonArray("teams")))
                .containsExactly("Food North=1", "No team recorded=1");
        assertThat(teams(food.getJsonObject("previous").getJsonArray("teams"))).containsExactly("Food North=1");
        assertThat(teams(summary("manager.fire", PERIOD).getJsonObject("current").getJsonArray("teams")))
                .as("ST-3 and ST-4").containsExactly("Fire Protection Luton=2");
        assertThat(summary("manager.partnership", PERIOD).getJsonObject("current").getJsonArray("teams"))
                .as("teams are for their own agency's managers").isEmpty();

        assertThat(references("manager", "team=Food%20North&" + PERIOD)).containsExactly("ST-1");
        assertThat(references("manager", "noTeam=true&" + PERIOD)).containsExactly("ST-2");
        assertThat(references("manager", "officer=officer.food&" + PERIOD)).as("newest first")
                .containsExactly("ST-2", "ST-1");
        assertThat(references("manager.fire", "officer=officer.food&" + PERIOD))
                .as("narrowed to the manager's own agency").isEmpty();
        assertThat(ApiClient.as("manager.partnership").get("/api/stats/referrals?officer=officer.food&" + PERIOD)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> neither = ApiClient.as("manager").get("/api/stats/referrals?" + PERIOD);
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.body()).contains("Give either an officer or a team.");
        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement("SELECT detail FROM audit_record"
                + " WHERE username = 'manager' AND object_type = 'Referral list' ORDER BY id DESC LIMIT 1")) {
            var rs = st.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Dashboard drill-down officer officer.food 2019-04-01 to 2019-04-30: 2 referrals");
        }
        List<List<String>> csv = csv(new String(ApiClient.as("manager").download("/api/stats/export/teams.csv?" + PERIOD,
                "text/csv").body(), StandardCharsets.UTF_8));
        assertThat(csv).containsExactly(List.of("period_from", "period_to", "team", "referrals"),
                List.of("2019-04-01", "2019-04-30", "Food North", "1"),
                List.of("2019-04-01", "2019-04-30", "No team recorded", "1"),
                List.of("2019-03-02", "2019-03-31", "Food North", "1"));
    }

    @Test
    void aSubmittedReferralRecordsItsAuthorsTeamFromTheToken() throws Exception {
        String card = """
                {"newBusiness": {"tradingName": "Team Test Takeaway", "addressLine1": "3 Team Street",
                                 "town": "Luton", "postcode": "lu1 2aa"},
                 "visitDate": "%s", "visitReason": "Routine food hygiene inspection",
                 "indicatorCodes": ["FIRE_EXITS_BLOCKED"],
                 "observation": "Rear exit padlocked during service.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"},
                 "urgency": "ROUTINE"}
                """.formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        HttpResponse<String> response = ApiClient.as("officer.food").post("/api/referrals", card);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = ApiClient.object(response).getString("reference");
        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement(
                "SELECT author_agency_code, author_team FROM referral WHERE reference = ?")) {
            st.setString(1, reference);
            var rs = st.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the agency still comes from the parent group").isEqualTo("FOOD");
            assertThat(rs.getString(2)).as("the team group's attribute, through the token").isEqualTo("Food North");
        }
    }

    private static List<String> routingRefs(String user, String query) throws Exception {
        HttpResponse<String> response = ApiClient.as(user).get("/api/stats/routings/feedback?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("reference") + ">" + r.getString("toAgency")).toList();
    }

    private static List<String> businessNames(String user, String query) throws Exception {
        HttpResponse<String> response = ApiClient.as(user).get("/api/stats/businesses?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("name") + ":" + b.getInt("agencies")).toList();
    }

    @Test
    void feedbackCategoriesAndBusinessesOfInterestListWhatLiesBehindThemWithinWhatTheManagerMaySee() throws Exception {
        // Usefulness "useful" in April: ST-1 to FIRE and to HSE (newest first, then by id).
        assertThat(routingRefs("manager.partnership", "usefulness=USEFUL&" + PERIOD))
                .containsExactlyInAnyOrder("ST-1>FIRE", "ST-1>HSE");
        assertThat(routingRefs("manager.partnership", "outcome=ADVICE_GIVEN&agency=HSE&" + PERIOD))
                .containsExactly("ST-3>HSE");
        assertThat(routingRefs("manager", "usefulness=NOT_USEFUL&agency=FOOD&" + PERIOD)).containsExactly("ST-3>FOOD");
        assertThat(ApiClient.as("manager").get("/api/stats/routings/feedback?usefulness=USEFUL&agency=FIRE&" + PERIOD)
                .statusCode()).as("another agency's feedback").isEqualTo(403);
        assertThat(ApiClient.as("manager").get("/api/stats/routings/feedback?usefulness=USEFUL&" + PERIOD)
                .statusCode()).as("the partnership's routings").isEqualTo(403);
        HttpResponse<String> both = ApiClient.as("manager.partnership")
                .get("/api/stats/routings/feedback?usefulness=USEFUL&outcome=ARREST&" + PERIOD);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("Give either a usefulness or an outcome category.");

        // The figure's businesses: B1 (FIRE, HSE, FOOD) and B2 (FIRE, FOOD).
        assertThat(businessNames("manager.partnership", "agencies=2&" + PERIOD))
                .containsExactly("Stats Bistro:3", "Stats Barbers:2");
        assertThat(businessNames("manager.partnership", "agencies=3&" + PERIOD)).containsExactly("Stats Bistro:3");
        // June: B5 went from FOOD to HSE and LICENSING, so three agencies had an interest (ADR 0032: the
        // referring agency's open referral counts); FIRE's manager is not told about it. B2's routing from FOOD
        // to FIRE (ST-2) is still open, so both still have an interest in it.
        String june = "from=2019-06-01&to=2019-06-30";
        assertThat(businessNames("manager.partnership", "agencies=2&" + june))
                .containsExactly("Stats Florist:3", "Stats Barbers:2");
        assertThat(businessNames("manager", "agencies=2&" + june)).as("FOOD referred both")
                .containsExactly("Stats Florist:3", "Stats Barbers:2");
        assertThat(businessNames("manager.fire", "agencies=2&" + june)).containsExactly("Stats Barbers:2");
        try (var db = org.eyesandears.it.Database.connect(); var st = db.prepareStatement("SELECT detail FROM audit_record"
                + " WHERE username = 'manager.fire' AND object_type = 'Business list' ORDER BY id DESC LIMIT 1")) {
            var rs = st.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(
                    "Dashboard drill-down businesses of interest to 2+ agencies 2019-06-01 to 2019-06-30: 1 businesses");
        }
    }

    /** A small RFC 4180 reader: enough for quoted names with commas. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        assertThat(Arrays.asList(row.isEmpty(), cell.length() == 0)).as("ends with a line break").containsOnly(true);
        return rows;
    }
}
