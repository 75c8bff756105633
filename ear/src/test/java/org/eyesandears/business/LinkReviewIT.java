package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.business.LinkageFixtures.FHRS_HEADER;
import static org.eyesandears.business.LinkageFixtures.FHRS_MAP;
import static org.eyesandears.business.LinkageFixtures.FIRE_HEADER;
import static org.eyesandears.business.LinkageFixtures.FIRE_MAP;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Eventually;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Linking in the application through the API: automatic links, the review queue (accept, reject
 * and never relinked), undoing a link with referrals kept with the right business, and the radar.
 */
@ExtendWith(ArquillianExtension.class)
class LinkReviewIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    /**
     * The food team's and the fire service's lists of the same street, with their own references.
     * The chicken shop and the kebab house each have a telephone number of their own.
     */
    private record Street(ApiClient analyst, String postcode, String phone, String kebabPhone, String road, long food,
            long fire) {
    }

    private static Street street() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        String pc = LinkageFixtures.uniquePostcode();
        String phone = LinkageFixtures.uniquePhone();
        String kebabPhone = LinkageFixtures.uniquePhone();
        String road = LinkageFixtures.uniqueRoad();
        long food = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"), FHRS_MAP);
        long fire = LinkageFixtures.dataset(analyst, "FIRE", LinkageFixtures.unique("Fire inspections"), FIRE_MAP);
        JsonObject imported = LinkageFixtures.importAndWait(analyst, food, FHRS_HEADER
                + "F1,The Chicken Shop,12 The " + road + " Broadway,,Luton," + pc + "," + phone + "\n"
                + "F2,Kebab Palace,22 " + road + " Street,,Luton," + pc + "," + kebabPhone + "\n"
                + "F3,Sunrise Convenience Store,5 " + road + " Road,,Luton," + pc + ",\n");
        assertThat(imported.getInt("newBusinesses")).isEqualTo(3);
        return new Street(analyst, pc, phone, kebabPhone, road, food, fire);
    }

    private static JsonObject business(ApiClient as, long id) throws Exception {
        HttpResponse<String> response = as.get("/api/businesses/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.object(response);
    }

    private static long businessOf(JsonObject pairRecord) {
        return pairRecord.getJsonNumber("businessId").longValue();
    }

    /** The COMBINATION audit records of a business: username and detail up to the probability's value. */
    private static List<String> combinations(long businessId) throws Exception {
        List<String> found = new java.util.ArrayList<>();
        try (var db = Database.connect(); var st = db.prepareStatement("SELECT username, detail FROM audit_record"
                + " WHERE object_type = 'business' AND object_id = ? AND operation = 'COMBINATION' ORDER BY id")) {
            st.setString(1, String.valueOf(businessId));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    String detail = rs.getString(2);
                    assertThat(detail).matches(".*, probability (0\\.999\\d|1\\.0000)");
                    found.add(rs.getString(1) + " " + detail.substring(0, detail.lastIndexOf(' ')));
                }
            }
        }
        return found;
    }

    private static HttpResponse<String> decide(ApiClient analyst, JsonObject pair, String decision) throws Exception {
        return analyst.post("/api/linkage/review/" + pair.getJsonNumber("id") + "/decision",
                "{\"decision\": \"" + decision + "\"}");
    }

    @Test
    void aSureMatchIsLinkedAutomaticallyAndAnUnsurePairWaitsForAnAnalystWhoAcceptsIt() throws Exception {
        Street s = street();
        JsonObject fire = LinkageFixtures.importAndWait(s.analyst(), s.fire(), FIRE_HEADER
                + "R-100,Chicken Shop Ltd,12 " + s.road() + " Broadway," + s.postcode() + "," + s.phone() + "\n"
                // Same name and phone, another house number: a typing slip or a second door? A person decides.
                + "R-200,Kebab Palace,24 " + s.road() + " Street," + s.postcode() + "," + s.kebabPhone() + "\n");

        assertThat(fire.getInt("linkedAutomatically")).isEqualTo(1);
        assertThat(fire.getInt("sentToReview")).isEqualTo(1);
        List<JsonObject> chicken = ApiClient.array(s.analyst().get("/api/businesses?name=chicken&postcode="
                + s.postcode().replace(" ", ""))).getValuesAs(JsonObject.class);
        assertThat(chicken).hasSize(1);
        JsonObject chickenPage = business(s.analyst(), chicken.get(0).getJsonNumber("id").longValue());
        assertThat(chickenPage.getJsonArray("records").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("externalId"), r -> r.getString("linkMethod"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F1", "NEW_BUSINESS"),
                        org.assertj.core.groups.Tuple.tuple("R-100", "AUTOMATIC"));
        assertThat(chickenPage.getJsonArray("agencies")).as("listed by two agencies, a concern of neither (ADR 0032)")
                .isEmpty();
        List<JsonObject> records = chickenPage.getJsonArray("records").getValuesAs(JsonObject.class);
        assertThat(combinations(chicken.get(0).getJsonNumber("id").longValue()))
                .as("the automatic link is audited as a combination, by record ids and not by name")
                .containsExactly("analyst linked record " + records.get(1).getJsonNumber("id") + " automatically to record "
                        + records.get(0).getJsonNumber("id") + ", probability");

        JsonObject pair = LinkageFixtures.pendingPair(s.analyst(), "R-200");
        assertThat(pair).isNotNull();
        assertThat(pair.getJsonObject("candidate").getString("externalId")).isEqualTo("F2");
        assertThat(pair.getJsonNumber("probability").doubleValue()).isBetween(0.3, 0.999);
        List<JsonObject> steps = pair.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps.get(0).getString("label")).isEqualTo("prior");
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.getString("label")).isEqualTo("address");
            assertThat(step.getString("text")).contains("same street but a different house or flat number");
            assertThat(step.getJsonNumber("weight").doubleValue()).isNegative();
        });
        assertThat(pair.getString("summary")).startsWith("Match probability");

        JsonObject accepted = ApiClient.object(decide(s.analyst(), pair, "ACCEPT"));
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("decidedBy")).isEqualTo("analyst");
        JsonObject kebab = business(s.analyst(), businessOf(pair.getJsonObject("candidate")));
        assertThat(kebab.getJsonArray("records").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("externalId")).containsExactly("F2", "R-200");
        assertThat(kebab.getJsonArray("records").getJsonObject(1).getString("linkedBy")).isEqualTo("analyst");
        assertThat(LinkageFixtures.pendingPair(s.analyst(), "R-200")).isNull();
        assertThat(decide(s.analyst(), pair, "REJECT").statusCode()).isEqualTo(400);
    }

    @Test
    void aRejectedPairIsNeverLinkedAutomaticallyEvenWhenANewerFileMakesItLookCertain() throws Exception {
        Street s = street();
        LinkageFixtures.importAndWait(s.analyst(), s.fire(), FIRE_HEADER
                + "R-300,Sunrise Stores," + s.road() + " Rd," + s.postcode() + ",\n");
        JsonObject pair = LinkageFixtures.pendingPair(s.analyst(), "R-300");
        assertThat(pair).isNotNull();
        assertThat(pair.getJsonObject("candidate").getString("externalId")).isEqualTo("F3");

        assertThat(ApiClient.object(decide(s.analyst(), pair, "REJECT")).getString("status")).isEqualTo("REJECTED");
        JsonObject again = LinkageFixtures.importAndWait(s.analyst(), s.fire(), FIRE_HEADER
                + "R-300,Sunrise Convenience Store,5 " + s.road() + " Road," + s.postcode() + ",\n");

        assertThat(again.getInt("rowsUpdated")).isEqualTo(1);
        assertThat(again.getInt("linkedAutomatically")).isZero();
        assertThat(again.getInt("sentToReview")).isZero();
        assertThat(LinkageFixtures.pendingPair(s.analyst(), "R-300")).isNull();
        JsonObject fhrs = business(s.analyst(), businessOf(pair.getJsonObject("candidate")));
        assertThat(fhrs.getJsonArray("records").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("externalId")).containsExactly("F3");
    }

    @Test
    void undoingALinkSplitsTheBusinessAndTheReferralStaysWithThePremisesItWasMadeAbout() throws Exception {
        Street s = street();
        long registerBusiness = ApiClient.array(s.analyst().get("/api/businesses?name=chicken&postcode="
                + s.postcode().replace(" ", ""))).getJsonObject(0).getJsonNumber("id").longValue();
        // An officer refers premises the register already knows, typing them a little differently.
        HttpResponse<String> submitted = ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Chicken Shop", "addressLine1": "12 %s Broadway", "postcode": "%s", "phone": "%s"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Mattresses in the store room.",
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(s.road(), s.postcode(), s.phone(), LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");

        // Scored after the referral is committed, in the background: it joins the register's business.
        JsonObject page = waitForRecords(s.analyst(), registerBusiness, 2);
        JsonObject cardRecord = page.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("dataset").endsWith("Concern cards")).findFirst().orElseThrow();
        assertThat(cardRecord.getString("linkMethod")).isEqualTo("AUTOMATIC");
        assertThat(historyReferences(ApiClient.as("officer.food"), registerBusiness)).containsExactly(reference);
        assertThat(historyReferences(s.analyst(), registerBusiness)).as("the analyst may not read the referral").isEmpty();

        JsonObject separated = ApiClient.object(s.analyst().post("/api/linkage/records/"
                + cardRecord.getJsonNumber("id") + "/undo", "{}"));

        long own = separated.getJsonNumber("businessId").longValue();
        assertThat(own).isNotEqualTo(registerBusiness);
        assertThat(separated.getString("linkMethod")).isEqualTo("SEPARATED");
        assertThat(historyReferences(ApiClient.as("officer.food"), registerBusiness)).isEmpty();
        assertThat(historyReferences(ApiClient.as("officer.food"), own)).containsExactly(reference);
        assertThat(business(s.analyst(), registerBusiness).getJsonArray("records")).hasSize(1);
        HttpResponse<String> undoAgain = s.analyst().post("/api/linkage/records/" + cardRecord.getJsonNumber("id") + "/undo", "{}");
        assertThat(undoAgain.statusCode()).isEqualTo(400);
    }

    @Test
    void theRadarListsBusinessesOfInterestToSeveralAgenciesByTheirAdverseRecordsNotByTheirListings() throws Exception {
        Street s = street();
        LinkageFixtures.importAndWait(s.analyst(), s.fire(), FIRE_HEADER
                + "R-100,Chicken Shop Ltd,12 " + s.road() + " Broadway," + s.postcode() + "," + s.phone() + "\n");
        long housing = LinkageFixtures.dataset(s.analyst(), "HOUSING", LinkageFixtures.unique("HMO licences"), FIRE_MAP);
        LinkageFixtures.importAndWait(s.analyst(), housing, FIRE_HEADER
                + "H-1,The Chicken Shop,12 The " + s.road() + " Broadway," + s.postcode() + "," + s.phone() + "\n");
        ApiClient coordinator = ApiClient.as("coordinator");
        JsonObject listed = ApiClient.array(coordinator.get("/api/businesses?name=chicken&postcode="
                + s.postcode().replace(" ", ""))).getJsonObject(0);
        assertThat(listed.getInt("records")).isEqualTo(3);
        assertThat(listed.getInt("agencies")).as("three agencies list it; none has a concern (ADR 0032)").isZero();

        // The food team and the fire service send their lists again with what they found there.
        LinkageFixtures.dataset(s.analyst(), "FOOD", fhrsName(s), FHRS_MAP + ",rating=Rating", "0-2", 12);
        LinkageFixtures.importAndWait(s.analyst(), s.food(), FHRS_HEADER.replace("\n", ",Rating\n")
                + "F1,The Chicken Shop,12 The " + s.road() + " Broadway,,Luton," + s.postcode() + "," + s.phone() + ",1\n");
        LinkageFixtures.dataset(s.analyst(), "FIRE", fireName(s), FIRE_MAP + ",status=Outcome", "Prohibition notice", 12);
        LinkageFixtures.importAndWait(s.analyst(), s.fire(), FIRE_HEADER.replace("\n", ",Outcome\n")
                + "R-100,Chicken Shop Ltd,12 " + s.road() + " Broadway," + s.postcode() + "," + s.phone()
                + ",Prohibition notice\n");

        List<JsonObject> two = ApiClient.array(coordinator.get("/api/businesses/shared?min=2&max=200"))
                .getValuesAs(JsonObject.class);
        assertThat(two).anySatisfy(b -> {
            assertThat(b.getString("postcode")).isEqualTo(s.postcode());
            assertThat(b.getInt("agencies")).as("food and fire; housing only lists it").isEqualTo(2);
            assertThat(b.getInt("records")).isEqualTo(3);
        });
        assertThat(ApiClient.as("auditor").get("/api/businesses/shared").statusCode()).isEqualTo(403);
    }

    private static String fhrsName(Street s) throws Exception {
        return datasetName(s, s.food());
    }

    private static String fireName(Street s) throws Exception {
        return datasetName(s, s.fire());
    }

    private static String datasetName(Street s, long id) throws Exception {
        return ApiClient.array(s.analyst().get("/api/linkage/datasets")).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().getString("name");
    }

    private static List<String> historyReferences(ApiClient as, long business) throws Exception {
        return business(as, business).getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.containsKey("reference")).map(h -> h.getString("reference")).toList();
    }

    private static JsonObject waitForRecords(ApiClient as, long business, int records) throws Exception {
        return Eventually.until("business " + business + " to have " + records + " records", Duration.ofSeconds(30),
                Duration.ofMillis(300), () -> business(as, business), page -> page.getJsonArray("records").size() >= records);
    }
}
