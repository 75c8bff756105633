package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Interest" means concern (ADR 0032): being listed in an agency's register is not interest, an
 * adverse record by the agency's own rule within its period is; the radar, the business page, the
 * visit suggestions and the dashboard agree; each agency's rating is shown on its own, and only
 * where the sharing agreements let the reader see that agency's records.
 */
@ExtendWith(ArquillianExtension.class)
class InterestIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String FOOD = "Food safety and environmental health";
    private static final String HMRC = "HMRC (tax and national minimum wage)";
    private static final String FHRS_MAP = "id=FHRSID,name=BusinessName,address=AddressLine1,postcode=PostCode,phone=Phone,"
            + "rating=RatingValue,date=RatingDate";
    private static final String FHRS_HEADER = "FHRSID,BusinessName,AddressLine1,PostCode,Phone,RatingValue,RatingDate\n";
    private static final String CASE_MAP = "id=Ref,name=Name,address=Address,postcode=Postcode,phone=Phone,"
            + "status=Status,date=Opened";
    private static final String CASE_HEADER = "Ref,Name,Address,Postcode,Phone,Status,Opened\n";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static List<JsonObject> search(ApiClient as, String name) throws Exception {
        return ApiClient.array(as.get("/api/businesses?max=200&name=" + name)).getValuesAs(JsonObject.class);
    }

    /** Business name to the number of agencies the reader counts as interested. */
    private static Map<String, Integer> interest(ApiClient as, String name) throws Exception {
        return search(as, name).stream().collect(Collectors.toMap(b -> b.getString("name"), b -> b.getInt("agencies")));
    }

    private static long id(List<JsonObject> hits, String name) {
        return hits.stream().filter(b -> b.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObject page(ApiClient as, long business) throws Exception {
        return ApiClient.object(as.get("/api/businesses/" + business));
    }

    private static List<String> named(JsonObject page) {
        return page.getJsonArray("agencies").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void aFullFoodHygieneRegisterMakesNoBusinessOfInterestButAnAdverseRecordWithinItsPeriodDoes() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        LocalDate today = LocalDate.now(LONDON);
        String token = LinkageFixtures.uniqueRoad();
        String dataset = LinkageFixtures.unique("FHRS register");
        long fhrs = LinkageFixtures.dataset(analyst, "FOOD", dataset, FHRS_MAP, "0-2", 12);
        StringBuilder csv = new StringBuilder(FHRS_HEADER);
        for (int i = 1; i <= 40; i++) {
            // Ratings 3, 4 and 5: a register of premises the food team has no concern about.
            csv.append("R%d,%s Cafe %d,%d %s Street,%s,,%d,%s%n".formatted(i, token, i, i, token,
                    LinkageFixtures.uniquePostcode(), 3 + i % 3, today.minusDays(5L * i)));
        }
        csv.append("A1,%s Adverse Grill,1 %s Yard,%s,,1,%s%n".formatted(token, token, LinkageFixtures.uniquePostcode(),
                today.minusDays(30).format(UK)));
        csv.append("A2,%s Old Failure Diner,2 %s Yard,%s,,0,%s%n".formatted(token, token, LinkageFixtures.uniquePostcode(),
                today.minusDays(500)));
        csv.append("A3,%s Awaiting Kitchen,3 %s Yard,%s,,AwaitingInspection,%n".formatted(token, token,
                LinkageFixtures.uniquePostcode()));
        JsonObject job = LinkageFixtures.importAndWait(analyst, fhrs, csv.toString());
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("rowsAdded")).isEqualTo(43);

        ApiClient coordinator = ApiClient.as("coordinator");
        Map<String, Integer> radar = interest(coordinator, token);
        assertThat(radar).hasSize(43);
        assertThat(radar).as("only the premises rated 0-2 in the last 12 months are of interest")
                .containsEntry(token + " Adverse Grill", 1)
                .containsEntry(token + " Old Failure Diner", 0)
                .containsEntry(token + " Awaiting Kitchen", 0);
        assertThat(radar.values().stream().filter(n -> n > 0).count()).isEqualTo(1);

        List<JsonObject> hits = search(coordinator, token);
        long grill = id(hits, token + " Adverse Grill");
        long cafe = id(hits, token + " Cafe 3");
        List<JsonObject> suggested = ApiClient.array(coordinator.get("/api/visits/suggestions?businessId=" + grill))
                .getValuesAs(JsonObject.class);
        assertThat(suggested).singleElement().satisfies(a -> {
            assertThat(a.getString("agencyCode")).isEqualTo("FOOD");
            assertThat(a.getInt("adverseRecords")).isEqualTo(1);
            assertThat(a.getInt("openRoutings")).isZero();
        });
        assertThat(ApiClient.array(coordinator.get("/api/visits/suggestions?businessId=" + cafe))).isEmpty();

        ApiClient officer = ApiClient.as("officer.food");
        JsonObject grillPage = page(officer, grill);
        assertThat(named(grillPage)).containsExactly(FOOD);
        assertThat(grillPage.getJsonArray("ratings").getValuesAs(JsonObject.class)).singleElement().satisfies(r -> {
            assertThat(r.getString("agency")).isEqualTo(FOOD);
            assertThat(r.getString("dataset")).isEqualTo(dataset);
            assertThat(r.getString("rating")).isEqualTo("1");
            assertThat(r.getString("eventDate")).isEqualTo(today.minusDays(30).toString());
            assertThat(r.getBoolean("adverse")).isTrue();
        });
        JsonObject cafePage = page(officer, cafe);
        assertThat(cafePage.getJsonArray("agencies")).isEmpty();
        assertThat(cafePage.getInt("otherAgencies")).isZero();
        assertThat(cafePage.getJsonArray("ratings").getJsonObject(0).getString("rating")).isEqualTo("3");
        assertThat(cafePage.getJsonArray("ratings").getJsonObject(0).getBoolean("adverse")).isFalse();

        // The food team widens its rule to ratings 0-3 over 24 months: the records already imported follow.
        LinkageFixtures.dataset(analyst, "FOOD", dataset, FHRS_MAP, "0-3", 24);
        Map<String, Integer> wider = interest(coordinator, token);
        assertThat(wider).containsEntry(token + " Cafe 3", 1).containsEntry(token + " Old Failure Diner", 1)
                .containsEntry(token + " Cafe 4", 0).containsEntry(token + " Awaiting Kitchen", 0);
        assertThat(wider.values().stream().filter(n -> n > 0).count()).as("the grill, 13 cafes rated 3, the old diner")
                .isEqualTo(15);
    }

    @Test
    void eachAgencysOwnRecordIsShownSideBySideAndARestrictedAgencysOnlyToItsOwnStaff() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        LocalDate today = LocalDate.now(LONDON);
        String token = LinkageFixtures.uniqueRoad();
        String name = token + " Supper Club";
        String row = "%s,12 %s Lane,%s,%s".formatted(name, token, LinkageFixtures.uniquePostcode(), LinkageFixtures.uniquePhone());
        long fhrs = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), FHRS_MAP, "0-2", 12);
        long hmrc = LinkageFixtures.dataset(analyst, "HMRC", LinkageFixtures.unique("NMW cases"), CASE_MAP,
                "Open enquiry", 12);
        LinkageFixtures.importAndWait(analyst, fhrs, FHRS_HEADER + "S1," + row + ",2," + today.minusDays(10) + "\n");
        JsonObject second = LinkageFixtures.importAndWait(analyst, hmrc, CASE_HEADER + "NMW-" + token + "," + row
                + ",Open enquiry," + today.minusDays(3).format(UK) + "\n");
        assertThat(second.getInt("linkedAutomatically")).as("the same premises in both lists").isEqualTo(1);
        long club = id(search(analyst, token), name);

        // HMRC's own desk: both agencies' records, each on its own scale; HMRC named, Food's interest unnamed.
        JsonObject forHmrc = page(ApiClient.as("desk.hmrc"), club);
        assertThat(forHmrc.getJsonArray("ratings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("agency") + ": " + r.getString("rating", "") + "/" + r.getString("status", "")
                        + "/" + r.getBoolean("adverse"))
                .containsExactly(FOOD + ": 2//true", HMRC + ": /Open enquiry/true");
        assertThat(named(forHmrc)).containsExactly(HMRC);
        assertThat(forHmrc.getInt("otherAgencies")).isEqualTo(1);

        // Food's officer: HMRC lets no one see its records or know of its interest (ADR 0017).
        JsonObject forFood = page(ApiClient.as("officer.food"), club);
        assertThat(forFood.getJsonArray("ratings").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("agency")).containsExactly(FOOD);
        assertThat(named(forFood)).containsExactly(FOOD);
        assertThat(forFood.getInt("otherAgencies")).isZero();
        assertThat(forFood.toString()).doesNotContain("Open enquiry").doesNotContain("HMRC").doesNotContain("NMW-");
        assertThat(interest(ApiClient.as("coordinator"), token)).containsEntry(name, 1);
        assertThat(interest(ApiClient.as("desk.hmrc"), token)).containsEntry(name, 2);
    }

    @Test
    void theDashboardCountsAnAdverseRecordWithinItsPeriodAndNotAfter() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        String token = LinkageFixtures.uniqueRoad();
        long fhrs = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), FHRS_MAP, "0-2", 1);
        long fire = LinkageFixtures.dataset(analyst, "FIRE", LinkageFixtures.unique("Fire inspections"), CASE_MAP,
                "Enforcement notice", 1);
        String market = "%s Night Market,4 %s Lane,%s,%s".formatted(token, token, LinkageFixtures.uniquePostcode(),
                LinkageFixtures.uniquePhone());
        String tearoom = "%s Tidy Tearoom,6 %s Lane,%s,%s".formatted(token, token, LinkageFixtures.uniquePostcode(),
                LinkageFixtures.uniquePhone());
        LinkageFixtures.importAndWait(analyst, fhrs, FHRS_HEADER + "M1," + market + ",1,2017-02-10\n"
                + "T1," + tearoom + ",5,2017-02-12\n");
        LinkageFixtures.importAndWait(analyst, fire, CASE_HEADER + "FM1," + market + ",Enforcement notice,10/02/2017\n"
                + "FT1," + tearoom + ",Satisfactory,12/02/2017\n");

        ApiClient manager = ApiClient.as("manager.partnership");
        List<String> february = ApiClient.array(manager.get("/api/stats/businesses?from=2017-02-01&to=2017-02-28&agencies=2"))
                .getValuesAs(JsonObject.class).stream().map(b -> b.getString("name") + ":" + b.getInt("agencies")).toList();
        assertThat(february).containsExactly(token + " Night Market:2");
        JsonObject summary = ApiClient.object(manager.get("/api/stats/summary?from=2017-02-01&to=2017-02-28"));
        assertThat(summary.getJsonObject("current").getJsonObject("businesses").getInt("twoOrMore")).isEqualTo(1);
        // A month's rule: by April the records no longer make either agency interested.
        assertThat(ApiClient.array(manager.get("/api/stats/businesses?from=2017-04-01&to=2017-04-30&agencies=2"))).isEmpty();
        assertThat(interest(ApiClient.as("coordinator"), token)).containsEntry(token + " Night Market", 0);
    }
}
