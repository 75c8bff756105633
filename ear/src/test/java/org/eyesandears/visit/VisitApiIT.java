package org.eyesandears.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.visit.VisitData.LONDON;
import static org.eyesandears.visit.VisitData.at;
import static org.eyesandears.visit.VisitData.business;
import static org.eyesandears.visit.VisitData.created;
import static org.eyesandears.visit.VisitData.plan;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.json.JsonObject;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Joint visits through the API: planning, clash warnings, who sees what, answers, outcomes, feeds, briefings. */
@ExtendWith(ArquillianExtension.class)
class VisitApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    @BeforeAll
    static void everyoneHasSignedInOnce() throws Exception {
        // Named officers and follow-up owners must be known users: a first API call makes their profile.
        for (String user : List.of("officer.food", "officer.fire", "coordinator", "desk.fire", "desk.hmrc")) {
            assertThat(ApiClient.as(user).get("/api/me").statusCode()).isEqualTo(200);
        }
    }

    private static List<String> clashKinds(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        return ApiClient.object(response).getJsonArray("clashes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("kind")).toList();
    }

    @Test
    void aCoordinatorPlansAJointVisitThatTheAgenciesTakingPartSeeInFullAndOthersOnlyInOutline() throws Exception {
        long shop = business("Outline Chicken Shop", "12 The Broadway", "W5 2NP");
        long id = created(ApiClient.as("coordinator").post("/api/visits", plan(shop, at(40, 10), "LICENSING",
                "{\"agencyCode\": \"FOOD\", \"headCount\": 2}, {\"agencyCode\": \"FIRE\"}",
                "\"officer.food\", \"officer.fire\"", null)));

        JsonObject forFood = ApiClient.object(ApiClient.as("officer.food").get("/api/visits/" + id));
        assertThat(forFood.getBoolean("details")).isTrue();
        assertThat(forFood.getString("riskNotes")).contains("Dog on the premises");
        assertThat(forFood.getJsonObject("summary").getString("status")).isEqualTo("PROPOSED");
        assertThat(forFood.getJsonArray("officers").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("username")).containsExactlyInAnyOrder("officer.food", "officer.fire");

        JsonObject forHmrc = ApiClient.object(ApiClient.as("desk.hmrc").get("/api/visits/" + id));
        assertThat(forHmrc.getBoolean("details")).isFalse();
        assertThat(forHmrc.containsKey("riskNotes")).isFalse();
        assertThat(forHmrc.getJsonArray("officers")).isEmpty();
        assertThat(forHmrc.getJsonObject("summary").getString("businessName")).isEqualTo("Outline Chicken Shop");

        List<JsonObject> calendar = ApiClient.array(ApiClient.as("desk.hmrc").get("/api/visits?from=" + at(39, 0)
                + "&to=" + at(41, 0) + "&agency=FIRE")).getValuesAs(JsonObject.class);
        assertThat(calendar).extracting(v -> v.getJsonNumber("id").longValue()).contains(id);
        assertThat(calendar.toString()).doesNotContain("Dog on the premises");
        assertThat(ApiClient.as("auditor").get("/api/visits").statusCode()).isEqualTo(403);
    }

    @Test
    void aSecondVisitToTheSameBusinessOrPremisesWithinTwoWeeksIsWarnedAndGoesAheadOnlyWithAReason() throws Exception {
        long shop = business("Clash Chicken Shop", "12 The Broadway", "W7 2NP");
        long sameBuilding = business("Clash Chicken Shop Ltd", "12, Broadway", "w72np");
        ApiClient coordinator = ApiClient.as("coordinator");
        long first = created(coordinator.post("/api/visits", plan(shop, at(50, 10), "LICENSING", "", "", null)));

        assertThat(clashKinds(coordinator.post("/api/visits", plan(shop, at(63, 10), "LICENSING", "", "", null))))
                .containsExactly("SAME_BUSINESS");
        List<JsonObject> premises = ApiClient.array(coordinator.get("/api/visits/conflicts?businessId=" + sameBuilding
                + "&from=" + at(52, 10) + "&to=" + at(52, 12))).getValuesAs(JsonObject.class);
        assertThat(premises).extracting(c -> c.getString("kind")).containsExactly("SAME_PREMISES");
        assertThat(premises.get(0).getJsonNumber("otherVisitId").longValue()).isEqualTo(first);
        assertThat(ApiClient.array(coordinator.get("/api/visits/conflicts?businessId=" + shop + "&from=" + at(64, 10)
                + "&to=" + at(64, 12)))).as("fourteen days later is outside the window").isEmpty();

        long second = created(coordinator.post("/api/visits", plan(shop, at(63, 10), "LICENSING", "", "",
                "\"overrideReason\": \"Follow-up on a prohibition notice\"")));
        JsonObject detail = ApiClient.object(coordinator.get("/api/visits/" + second));
        JsonObject override = detail.getJsonArray("overrides").getJsonObject(0);
        assertThat(override.getString("kind")).isEqualTo("SAME_BUSINESS");
        assertThat(override.getString("reason")).isEqualTo("Follow-up on a prohibition notice");
        assertThat(override.getString("by")).isEqualTo("coordinator");
    }

    @Test
    void anOfficerOnTwoOverlappingVisitsAndTooManyOfficersAreWarned() throws Exception {
        long a = business("Booking Bakery", "3 Mill Lane", "E1 6AN");
        long b = business("Booking Barbers", "90 High Road", "N1 1AA");
        ApiClient coordinator = ApiClient.as("coordinator");
        created(coordinator.post("/api/visits", plan(a, at(70, 10), "LICENSING",
                "{\"agencyCode\": \"FOOD\"}", "\"officer.food\"", null)));

        assertThat(clashKinds(coordinator.post("/api/visits", plan(b, at(70, 11), "LICENSING",
                "{\"agencyCode\": \"FOOD\"}", "\"officer.food\"", null)))).containsExactly("OFFICER_DOUBLE_BOOKED");
        assertThat(clashKinds(coordinator.post("/api/visits", plan(b, at(71, 10), "LICENSING",
                "{\"agencyCode\": \"LICENSING\", \"headCount\": 4}, {\"agencyCode\": \"POLICE\", \"headCount\": 5}",
                "", null)))).containsExactly("TOO_MANY_OFFICERS");
    }

    @Test
    void officersPlanOnlyTheirOwnAgencysVisitsAndDesksCannotPlan() throws Exception {
        long shop = business("Own Agency Cafe", "5 Station Road", "LU1 3AA");
        HttpResponse<String> ledByFire = ApiClient.as("officer.food").post("/api/visits",
                plan(shop, at(80, 10), "FIRE", "", "", null));
        assertThat(ledByFire.statusCode()).isEqualTo(400);
        assertThat(ledByFire.body()).contains("leadAgency", "their own agency");

        long own = created(ApiClient.as("officer.food").post("/api/visits",
                plan(shop, at(80, 10), "FOOD", "", "\"officer.food\"", null)));
        assertThat(ApiClient.object(ApiClient.as("officer.food").get("/api/visits/" + own))
                .getJsonObject("summary").getString("status")).as("a single-agency visit needs no answers")
                .isEqualTo("CONFIRMED");
        assertThat(ApiClient.as("desk.fire").post("/api/visits", plan(shop, at(90, 10), "FIRE", "", "", null))
                .statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("officer.fire").post("/api/visits/" + own + "/cancel",
                "{\"expectedVersion\": 0, \"reason\": \"not mine\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void invitedAgenciesAnswerAndOnlyThey() throws Exception {
        long shop = business("Answer Arcade", "7 Market Place", "SG1 1AA");
        long id = created(ApiClient.as("coordinator").post("/api/visits", plan(shop, at(100, 10), "LICENSING",
                "{\"agencyCode\": \"FIRE\"}", "", null)));

        HttpResponse<String> noReason = ApiClient.as("desk.fire").post("/api/visits/" + id + "/responses",
                "{\"accept\": false}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.as("desk.fire").post("/api/visits/" + id + "/responses",
                "{\"accept\": false, \"reason\": \"Inspected last month\"}").statusCode()).isEqualTo(204);
        assertThat(ApiClient.as("desk.hmrc").post("/api/visits/" + id + "/responses", "{\"accept\": true}")
                .statusCode()).isEqualTo(404);

        JsonObject fire = ApiClient.object(ApiClient.as("coordinator").get("/api/visits/" + id))
                .getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("agencyCode").equals("FIRE")).findFirst().orElseThrow();
        assertThat(fire.getString("response")).isEqualTo("DECLINED");
        assertThat(fire.getString("declineReason")).isEqualTo("Inspected last month");
    }

    @Test
    void eachAgencyRecordsItsOutcomeAndFollowUpsReachTheirOwners() throws Exception {
        long shop = business("Outcome Off-Licence", "22 Canal Street", "M1 3AA");
        Instant started = Instant.now().minus(3, ChronoUnit.HOURS);
        // FOOD leads, so it has committed to the visit: an agency only invited must accept before it
        // records an outcome (SidePathsIT).
        long id = created(ApiClient.as("coordinator").post("/api/visits", plan(shop, started, "FOOD",
                "{\"agencyCode\": \"LICENSING\"}", "", "\"overrideReason\": \"recording a past visit\"")));
        String tomorrow = LocalDate.now(LONDON).plusDays(1).toString();

        HttpResponse<String> wrongOwner = ApiClient.as("officer.food").post("/api/visits/" + id + "/outcomes", """
                {"concernsFound": true, "findings": "Out-of-date stock", "followUps": [{"description": "Re-inspect",
                 "owner": "officer.fire", "dueOn": "%s"}]}""".formatted(tomorrow));
        assertThat(wrongOwner.statusCode()).isEqualTo(400);
        assertThat(wrongOwner.body()).contains("followUps[0].owner");

        created(ApiClient.as("officer.food").post("/api/visits/" + id + "/outcomes", """
                {"concernsFound": true, "findings": "Out-of-date stock; no allergen records", "notices": 1, "seizures": 2,
                 "adviceGiven": true, "followUps": [{"description": "Re-inspect kitchen", "owner": "officer.food",
                 "dueOn": "%s"}]}""".formatted(tomorrow)));
        assertThat(ApiClient.as("desk.hmrc").post("/api/visits/" + id + "/outcomes",
                "{\"findings\": \"x\"}").statusCode()).isEqualTo(404);

        JsonObject detail = ApiClient.object(ApiClient.as("coordinator").get("/api/visits/" + id));
        assertThat(detail.getJsonObject("summary").getString("status")).isEqualTo("DONE");
        JsonObject outcome = detail.getJsonArray("outcomes").getJsonObject(0);
        assertThat(outcome.getString("agencyCode")).isEqualTo("FOOD");
        assertThat(outcome.getInt("notices")).isEqualTo(1);
        assertThat(outcome.getInt("seizures")).isEqualTo(2);

        List<JsonObject> tasks = ApiClient.array(ApiClient.as("officer.food").get("/api/follow-ups"))
                .getValuesAs(JsonObject.class);
        JsonObject task = tasks.stream().filter(t -> t.getJsonNumber("visitId").longValue() == id).findFirst()
                .orElseThrow();
        assertThat(task.getString("description")).isEqualTo("Re-inspect kitchen");
        assertThat(ApiClient.as("officer.fire").post("/api/follow-ups/" + task.getJsonNumber("id") + "/done", "{}")
                .statusCode()).isEqualTo(404);
        assertThat(ApiClient.as("officer.food").post("/api/follow-ups/" + task.getJsonNumber("id") + "/done", "{}")
                .statusCode()).isEqualTo(204);
        assertThat(ApiClient.array(ApiClient.as("officer.food").get("/api/follow-ups")).getValuesAs(JsonObject.class))
                .noneMatch(t -> t.getJsonNumber("id").equals(task.getJsonNumber("id")));
    }

    @Test
    void agenciesWithOpenReferralsAreSuggestedAndTheBusinessLeavesTheToVisitListOnceAVisitIsPlanned() throws Exception {
        long shop = business("Suggested Supermarket", "31 Dock Road", "TS9 1AA");
        assertThat(ApiClient.as("officer.food").post("/api/referrals", """
                {"businessId": %d, "visitDate": "%s", "indicatorCodes": ["IMM_WORKERS_LIVING", "HMRC_TWO_TILLS",
                 "FIRE_EXITS_BLOCKED"],
                 "observation": "Mattresses upstairs; a second till.", "urgency": "ROUTINE",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}}
                """.formatted(shop, LocalDate.now(LONDON))).statusCode()).isEqualTo(201);
        ApiClient coordinator = ApiClient.as("coordinator");

        List<JsonObject> agencies = ApiClient.array(coordinator.get("/api/visits/suggestions?businessId=" + shop))
                .getValuesAs(JsonObject.class);
        // Immigration Enforcement's and HMRC's agreements do not share their interest (ADR 0017). Food's is its
        // officer's open referral; the others' their open routings (ADR 0032).
        assertThat(agencies).extracting(a -> a.getString("agencyCode") + ":" + a.getInt("openRoutings") + "/"
                        + a.getInt("openReferrals") + "/" + a.getInt("adverseRecords"))
                .containsExactlyInAnyOrder("HOUSING:1/0/0", "FIRE:1/0/0", "FOOD:0/1/0");

        assertThat(ApiClient.array(coordinator.get("/api/visits/suggestions?district=TS9")).getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("businessName")).containsExactly("Suggested Supermarket");
        created(coordinator.post("/api/visits", plan(shop, at(130, 10), "IMMIGRATION",
                "{\"agencyCode\": \"HMRC\"}", "", null)));
        assertThat(ApiClient.array(coordinator.get("/api/visits/suggestions?district=TS9"))).isEmpty();
    }

    @Test
    void aPersonalCalendarFeedListsTheUsersVisitsForARealCalendarParserUntilRevoked() throws Exception {
        long shop = business("Feed Fish Bar", "1 Quay Street", "BS1 4AA");
        long id = created(ApiClient.as("coordinator").post("/api/visits", plan(shop, at(110, 10), "LICENSING",
                "{\"agencyCode\": \"FIRE\"}", "\"officer.fire\"", null)));
        String url = ApiClient.object(ApiClient.as("officer.fire").post("/api/calendar-feed", "{}")).getString("url");
        assertThat(url).as("built from APP_URL, not the request's Host").startsWith(Stack.appUrl() + "/feed/");
        String path = url.substring(url.indexOf("/feed/"));

        HttpResponse<String> feed = ApiClient.withRawToken(null).get(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
        VEvent event = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals("visit-" + id + "@eyesandears"))
                .findFirst().orElseThrow();
        assertThat(event.getSummary().getValue()).contains("Feed Fish Bar", "Licensing");
        assertThat(event.getLocation().getValue()).as("street, town and postcode").isEqualTo("1 Quay Street, Ealing, BS1 4AA");
        assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo(Stack.appUrl() + "/open/visit/" + id);
        assertThat(feed.body()).doesNotContain("Dog on the premises");

        assertThat(ApiClient.as("officer.fire").post("/api/calendar-feed/revoke", "{}").statusCode()).isEqualTo(204);
        assertThat(ApiClient.withRawToken(null).get(path).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> single = ApiClient.as("officer.fire").download("/api/visits/" + id + "/calendar.ics");
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(new CalendarBuilder().build(new StringReader(new String(single.body(), StandardCharsets.UTF_8)))
                .getComponents("VEVENT")).hasSize(1);
    }

    @Test
    void theBriefingPackShowsEachReaderOnlyWhatTheyMaySee() throws Exception {
        long shop = business("Briefing Burger Bar", "4 Long Lane", "SE1 4AA");
        long id = created(ApiClient.as("coordinator").post("/api/visits", plan(shop, at(120, 10), "LICENSING",
                "{\"agencyCode\": \"FOOD\"}", "\"officer.food\"", null)));

        String forFood = pdfText(ApiClient.as("officer.food").download("/api/visits/" + id + "/briefing.pdf"));
        assertThat(forFood).contains("Visit briefing: Briefing Burger Bar", "4 Long Lane", "Licensing (lead)",
                "Dog on the premises", "OFFICIAL-SENSITIVE");
        String forHmrc = pdfText(ApiClient.as("desk.hmrc").download("/api/visits/" + id + "/briefing.pdf"));
        assertThat(forHmrc).contains("Briefing Burger Bar", "shown only to the agencies taking part")
                .doesNotContain("Dog on the premises");
    }

    private static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
