package org.eyesandears.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kind of business on the register (issue 16): read from an agency's own wording at import or
 * chosen on the concern card, and a filter on the radar, the visit suggestions and the dashboard's list.
 */
@ExtendWith(ArquillianExtension.class)
class BusinessTypeIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(b -> b.containsKey("businessName") ? b.getString("businessName") : b.getString("name")).toList();
    }

    @Test
    void theKindOfBusinessFromADatasetNarrowsTheRadarTheVisitSuggestionsAndTheDashboardList() throws Exception {
        ApiClient analyst = ApiClient.as("analyst");
        LocalDate today = LocalDate.now(LONDON);
        String token = LinkageFixtures.uniqueRoad();
        String pc = LinkageFixtures.uniquePostcode();
        String district = pc.substring(0, pc.indexOf(' '));
        String takeaway = "%s Fried Chicken,1 %s Parade,%s,%s".formatted(token, token, pc, LinkageFixtures.uniquePhone());
        String cafe = "%s Corner Cafe,9 %s Parade,%s,%s".formatted(token, token, pc, LinkageFixtures.uniquePhone());
        long fhrs = LinkageFixtures.dataset(analyst, "FOOD", LinkageFixtures.unique("FHRS"),
                "id=FHRSID,name=BusinessName,address=AddressLine1,postcode=PostCode,phone=Phone,businesstype=BusinessType,"
                        + "rating=RatingValue,date=RatingDate", "0-2", 12);
        long fire = LinkageFixtures.dataset(analyst, "FIRE", LinkageFixtures.unique("Fire inspections"),
                "id=Ref,name=Name,address=Address,postcode=Postcode,phone=Phone,status=Outcome", "Enforcement notice", 12);
        LinkageFixtures.importAndWait(analyst, fhrs, "FHRSID,BusinessName,AddressLine1,PostCode,Phone,BusinessType,"
                + "RatingValue,RatingDate\n"
                + "T1," + takeaway + ",Takeaway/sandwich shop,1," + today.minusDays(5) + "\n"
                + "C1," + cafe + ",Restaurant/Cafe/Canteen,1," + today.minusDays(5) + "\n");
        LinkageFixtures.importAndWait(analyst, fire, "Ref,Name,Address,Postcode,Phone,Outcome\n"
                + "FT1," + takeaway + ",Enforcement notice\n" + "FC1," + cafe + ",Enforcement notice\n");

        ApiClient coordinator = ApiClient.as("coordinator");
        List<JsonObject> both = ApiClient.array(coordinator.get("/api/businesses?name=" + token)).getValuesAs(JsonObject.class);
        assertThat(both).extracting(b -> b.getString("name") + ": " + b.getString("businessType") + ", " + b.getInt("agencies"))
                .containsExactlyInAnyOrder(token + " Fried Chicken: Takeaway, 2", token + " Corner Cafe: Restaurant or cafe, 2");
        assertThat(names(coordinator.get("/api/businesses?name=" + token + "&businessType=TAKEAWAY")))
                .containsExactly(token + " Fried Chicken");
        assertThat(names(coordinator.get("/api/businesses/shared?min=2&max=200&businessType=RESTAURANT")))
                .contains(token + " Corner Cafe").doesNotContain(token + " Fried Chicken");
        assertThat(names(coordinator.get("/api/visits/suggestions?district=" + district + "&businessType=TAKEAWAY")))
                .containsExactly(token + " Fried Chicken");
        assertThat(ApiClient.array(coordinator.get("/api/visits/suggestions?district=" + district + "&businessType=TAKEAWAY"))
                .getJsonObject(0).getJsonArray("agencyNames").getValuesAs(jakarta.json.JsonString.class))
                .as("which agencies, by name, as the coordinator may know them")
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("Fire and rescue (fire protection)", "Food safety and environmental health");
        assertThat(names(coordinator.get("/api/visits/suggestions?district=" + district)))
                .containsExactlyInAnyOrder(token + " Fried Chicken", token + " Corner Cafe");
        String period = "from=" + today.minusDays(7) + "&to=" + today;
        assertThat(names(ApiClient.as("manager.partnership").get("/api/stats/businesses?agencies=2&businessType=TAKEAWAY&"
                + period))).contains(token + " Fried Chicken").doesNotContain(token + " Corner Cafe");

        HttpResponse<String> unknown = coordinator.get("/api/businesses?name=" + token + "&businessType=SPACEPORT");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("businessType").contains("Choose a kind of business from the list.");
    }

    @Test
    void anOfficerGivesTheKindOfNewPremisesOnTheConcernCard() throws Exception {
        String name = LinkageFixtures.unique("Sparkle Hand Car Wash");
        String card = """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "3 Wash Lane", "town": "Luton", "postcode": "LU4 9ZZ",
                                 "businessType": "%s"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Workers sleep in the back office.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """;
        ApiClient officer = ApiClient.as("officer.food");
        HttpResponse<String> refused = officer.post("/api/referrals", card.formatted(name, "SPACEPORT", LocalDate.now(LONDON)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("newBusiness.businessType");

        HttpResponse<String> sent = officer.post("/api/referrals", card.formatted(name, "CAR_WASH", LocalDate.now(LONDON)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long business = ApiClient.object(sent).getJsonObject("business").getJsonNumber("id").longValue();
        assertThat(ApiClient.object(officer.get("/api/businesses/" + business)).getString("businessType"))
                .isEqualTo("Car wash or valet");
        assertThat(names(officer.get("/api/businesses?postcode=LU49ZZ&businessType=CAR_WASH&max=200"))).contains(name);
        assertThat(names(officer.get("/api/businesses?postcode=LU49ZZ&businessType=TAKEAWAY&max=200"))).doesNotContain(name);
        assertThat(ApiClient.array(officer.get("/api/businesses/types")).getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code")).contains("CAR_WASH", "NAIL_BAR", "TAKEAWAY", "HMO", "HOTEL",
                        "MONEY_SERVICE");
    }
}
