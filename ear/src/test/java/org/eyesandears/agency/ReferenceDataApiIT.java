package org.eyesandears.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reference data through the API: an administrator rewords an indicator, the printed card shows
 * the new words and a referral sent before keeps the old ones; contacts and powers are validated
 * field by field; only administrators change anything; every change is audited without its text.
 * Each test makes its own indicator (taken off the card again at the end) or puts back what it
 * changed, so the seeded reference data other tests count stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String cardText() throws Exception {
        HttpResponse<byte[]> pdf = ApiClient.as("officer.fire").download("/api/concern-card.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static JsonObject indicator(String code) throws Exception {
        return ApiClient.array(ApiClient.as("admin").get("/api/indicators?includeInactive=true"))
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals(code)).findFirst()
                .orElseThrow();
    }

    private static String indicatorJson(String code, String wording, String guidance, boolean active, Long version) {
        return """
                {"code": "%s", "concernArea": "Labour exploitation", "wording": "%s", "guidance": "%s",
                 "displayOrder": 9, "receivingAgencies": ["HMRC"], "active": %s%s}
                """.formatted(code, wording, guidance, active, version == null ? "" : ", \"expectedVersion\": " + version);
    }

    private static List<String> audit(String objectType, String objectId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = Database.connect();
             var st = db.prepareStatement("SELECT username, operation, detail FROM audit_record"
                     + " WHERE object_type = ? AND object_id = ? ORDER BY id")) {
            st.setString(1, objectType);
            st.setString(2, objectId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return rows;
    }

    private static String submit(String indicatorCode, String tradingName) throws Exception {
        HttpResponse<String> sent = ApiClient.as("officer.fire").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "8 Wellington Street", "town": "Luton",
                                 "postcode": "LU1 5AF"},
                 "visitDate": "%s", "indicatorCodes": ["%s"], "observation": "Workers driven in by minibus at 6am.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(tradingName, LocalDate.now(ZoneId.of("Europe/London")), indicatorCode));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return ApiClient.object(sent).getString("reference");
    }

    @Test
    void aNewWordingIsPrintedOnTheCardWhileAReferralSentBeforeKeepsTheWordsItWasSentWith() throws Exception {
        String code = "GLAA_MINIBUS_" + unique();
        String before = "Workers collected by minibus " + code;
        String after = "Workers dropped off and collected together by one driver " + code;
        HttpResponse<String> added = ApiClient.as("admin").post("/api/indicators",
                indicatorJson(code, before, "Note the vehicle's registration and the times.", true, null));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(ApiClient.object(added).getInt("wordingVersion")).isEqualTo(1);
        try {
            String card = cardText();
            assertThat(card).contains("[ ] " + before + " Goes to: HMRC",
                    "What to note: Note the vehicle's registration and the times.",
                    "HMRC (tax and national minimum wage)", "partnership.spoc@hmrc.example.gov.uk");

            String reference = submit(code, "Minibus Bakery " + unique());

            long version = indicator(code).getJsonNumber("version").longValue();
            HttpResponse<String> reworded = ApiClient.as("admin").put("/api/indicators/" + code,
                    indicatorJson(code, after, "Note the vehicle, the driver and the times.", true, version));
            assertThat(reworded.statusCode()).as(reworded.body()).isEqualTo(200);
            assertThat(ApiClient.object(reworded).getInt("wordingVersion")).isEqualTo(2);

            assertThat(cardText()).as("the card printed now").contains("[ ] " + after)
                    .contains("Note the vehicle, the driver and the times.").doesNotContain(before);
            JsonObject offered = ApiClient.array(ApiClient.as("officer.food").get("/api/indicators"))
                    .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("code").equals(code)).findFirst()
                    .orElseThrow();
            assertThat(offered.getString("wording")).isEqualTo(after);
            assertThat(offered.getString("guidance")).isEqualTo("Note the vehicle, the driver and the times.");

            JsonObject old = ApiClient.object(ApiClient.as("officer.fire").get("/api/referrals/" + reference));
            JsonObject ticked = old.getJsonArray("indicators").getJsonObject(0);
            assertThat(ticked.getString("wording")).as("the referral keeps the words it was sent with").isEqualTo(before);
            assertThat(ticked.getInt("wordingVersion")).isEqualTo(1);
            String fresh = submit(code, "Minibus Bakery " + unique());
            JsonObject now = ApiClient.object(ApiClient.as("officer.fire").get("/api/referrals/" + fresh))
                    .getJsonArray("indicators").getJsonObject(0);
            assertThat(now.getString("wording")).isEqualTo(after);
            assertThat(now.getInt("wordingVersion")).isEqualTo(2);

            List<JsonObject> wordings = ApiClient.array(ApiClient.as("admin").get("/api/indicators/" + code + "/wordings"))
                    .getValuesAs(JsonObject.class);
            assertThat(wordings).extracting(w -> w.getInt("version") + " " + w.getString("wording") + " "
                    + w.getString("changedBy")).containsExactly("2 " + after + " admin", "1 " + before + " admin");

            // Saving with the version read before the change is a concurrent change: nothing is saved.
            HttpResponse<String> stale = ApiClient.as("admin").put("/api/indicators/" + code,
                    indicatorJson(code, "Stale words " + code, "", true, version));
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(indicator(code).getString("wording")).isEqualTo(after);

            assertThat(audit("indicator", code)).containsExactly(
                    "admin COLLECTION indicator added, wording v1, to HMRC",
                    "admin ALTERATION wording v1 -> v2");
        } finally {
            JsonObject current = indicator(code);
            HttpResponse<String> retired = ApiClient.as("admin").put("/api/indicators/" + code, indicatorJson(code,
                    current.getString("wording"), "", false, current.getJsonNumber("version").longValue()));
            assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        }
        assertThat(ApiClient.array(ApiClient.as("officer.food").get("/api/indicators")).getValuesAs(JsonObject.class))
                .as("an indicator taken off the card is not offered").noneMatch(i -> i.getString("code").equals(code));
        assertThat(cardText()).doesNotContain(code);
    }

    @Test
    void invalidReferenceDataIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        HttpResponse<String> indicator = ApiClient.as("admin").post("/api/indicators", """
                {"code": "lower case", "concernArea": " ", "wording": "", "displayOrder": 5000,
                 "receivingAgencies": ["NOPE"]}
                """);
        assertThat(indicator.statusCode()).isEqualTo(400);
        assertThat(fields(indicator)).containsExactlyInAnyOrder("code", "concernArea", "wording", "displayOrder",
                "receivingAgencies");
        assertThat(indicator.body()).contains("There is no active agency with the code NOPE.");

        HttpResponse<String> duplicate = ApiClient.as("admin").post("/api/agencies",
                "{\"code\": \"FIRE\", \"name\": \"Another fire service\", \"shortName\": \"Fire 2\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(fields(duplicate)).containsExactly("code");
        assertThat(duplicate.body()).contains("There is already an agency with the code FIRE.");

        HttpResponse<String> contact = ApiClient.as("admin").post("/api/contacts", """
                {"agency": "FIRE", "name": "Out of hours", "phone": "call us", "email": "not-an-address",
                 "area": "Luton", "postcodeDistricts": "LU1 Luton"}
                """);
        assertThat(contact.statusCode()).isEqualTo(400);
        assertThat(fields(contact)).containsExactlyInAnyOrder("phone", "email", "postcodeDistricts");
        assertThat(contact.body()).contains("Not postcode districts: LUTON");

        HttpResponse<String> power = ApiClient.as("admin").post("/api/powers",
                "{\"agency\": \"FIRE\", \"kind\": \"MAGIC\", \"title\": \"\"}");
        assertThat(power.statusCode()).isEqualTo(400);
        assertThat(fields(power)).containsExactlyInAnyOrder("kind", "title", "legalBasis");

        long fireVersion = agency("FIRE").getJsonNumber("version").longValue();
        HttpResponse<String> noVersion = ApiClient.as("admin").put("/api/agencies/FIRE",
                "{\"name\": \"Fire and rescue (fire protection)\", \"shortName\": \"Fire and rescue\"}");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(fields(noVersion)).containsExactly("expectedVersion");
        assertThat(agency("FIRE").getJsonNumber("version").longValue()).isEqualTo(fireVersion);
    }

    @Test
    void contactsAndPowersAreKeptByAdministratorsReadByEveryoneAndAudited() throws Exception {
        String area = "Dunstable " + unique();
        HttpResponse<String> added = ApiClient.as("admin").post("/api/contacts", """
                {"agency": "FIRE", "name": "Fire protection, Dunstable station", "phone": "01632 960149",
                 "email": "dunstable.protection@bedsfire.example.gov.uk", "area": "%s", "postcodeDistricts": "lu5, lu6"}
                """.formatted(area));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject contact = ApiClient.object(added);
        assertThat(contact.getString("postcodeDistricts")).isEqualTo("LU5 LU6");
        long id = contact.getJsonNumber("id").longValue();
        assertThat(ApiClient.array(ApiClient.as("desk.hmrc").get("/api/contacts")).getValuesAs(JsonObject.class))
                .anyMatch(c -> c.getString("area").equals(area));
        assertThat(cardText()).contains("Fire protection, Dunstable station, " + area + " (LU5 LU6): 01632 960149");

        HttpResponse<String> retired = ApiClient.as("admin").put("/api/contacts/" + id, """
                {"agency": "FIRE", "name": "Fire protection, Dunstable station", "phone": "01632 960149",
                 "area": "%s", "active": false, "expectedVersion": %d}
                """.formatted(area, contact.getJsonNumber("version").longValue()));
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(ApiClient.array(ApiClient.as("desk.hmrc").get("/api/contacts")).getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getString("area").equals(area));
        assertThat(cardText()).doesNotContain(area);
        assertThat(audit("agency_contact", String.valueOf(id))).containsExactly(
                "admin COLLECTION contact point of FIRE", "admin ALTERATION contact point of FIRE, not in use");

        List<JsonObject> powers = ApiClient.array(ApiClient.as("coordinator").get("/api/powers"))
                .getValuesAs(JsonObject.class);
        assertThat(powers).anyMatch(p -> p.getString("agencyCode").equals("HMRC") && p.getString("kind").equals("PAY_RECORDS")
                && p.getString("legalBasis").equals("National Minimum Wage Act 1998 s14"));
        assertThat(powers).anyMatch(p -> p.getString("agencyCode").equals("INSOLVENCY")
                && p.getString("kind").equals("DIRECTOR_DISQUALIFICATION"));
        assertThat(powers).anyMatch(p -> p.getString("agencyCode").equals("FIRE") && p.getString("kind").equals("PROHIBITION"));

        for (String user : List.of("officer.fire", "desk.fire", "coordinator", "manager", "analyst", "auditor")) {
            assertThat(ApiClient.as(user).post("/api/contacts", "{}").statusCode()).as(user).isEqualTo(403);
            assertThat(ApiClient.as(user).post("/api/powers", "{}").statusCode()).as(user).isEqualTo(403);
            assertThat(ApiClient.as(user).put("/api/indicators/HMRC_TWO_TILLS", "{}").statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(ApiClient.as(user).put("/api/agencies/FIRE", "{}").statusCode()).as(user).isEqualTo(403);
            assertThat(ApiClient.as(user).get("/api/indicators/HMRC_TWO_TILLS/wordings").statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(ApiClient.as(user).get("/api/indicators?includeInactive=true").statusCode()).as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void anAdministratorRenamesAnAgencyAndTheCardUsesTheNewShortName() throws Exception {
        JsonObject fire = agency("FIRE");
        String name = fire.getString("name");
        String shortName = fire.getString("shortName");
        assertThat(cardText()).contains("Exits blocked or locked while occupied Goes to: " + shortName + " ");
        HttpResponse<String> renamed = ApiClient.as("admin").put("/api/agencies/FIRE", """
                {"name": "%s", "shortName": "Beds Fire Protection", "active": true, "expectedVersion": %d}
                """.formatted(name, fire.getJsonNumber("version").longValue()));
        try {
            assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
            assertThat(agency("FIRE").getString("shortName")).isEqualTo("Beds Fire Protection");
            assertThat(cardText()).contains("Exits blocked or locked while occupied Goes to: Beds Fire Protection ");
            assertThat(audit("agency", "FIRE")).contains("admin ALTERATION agency details changed");
        } finally {
            HttpResponse<String> back = ApiClient.as("admin").put("/api/agencies/FIRE", """
                    {"name": "%s", "shortName": "%s", "active": true, "expectedVersion": %d}
                    """.formatted(name, shortName, agency("FIRE").getJsonNumber("version").longValue()));
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        }
    }

    @Test
    void thePowersDirectorySuggestsALeadThatCanEnterForAnEnforcementVisitAndTheCoordinatorStillChooses() throws Exception {
        HttpResponse<String> sent = ApiClient.as("officer.fire").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Lead Advice Grill %s", "addressLine1": "2 Park Street", "town": "Luton",
                                 "postcode": "LU1 3ET"},
                 "visitDate": "%s", "indicatorCodes": ["DC_PESTS", "TS_IGNORES_ADVICE"],
                 "observation": "Droppings by the flour sacks; the owner laughed off last month's advice.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(unique(), LocalDate.now(ZoneId.of("Europe/London"))));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long business = ApiClient.object(sent).getJsonObject("business").getJsonNumber("id").longValue();

        // The interested agencies, most interest first: Food safety and Trading Standards (routings), and Fire
        // and rescue when the card's premises count as its record. Fire and Food can both enter without a warrant
        // and prohibit (2 enforcement powers each); Trading Standards can only seize for enforcement, and cannot
        // enter without notice. So the lead suggested is whichever of Fire and Food comes first.
        List<String> interested = ApiClient.array(ApiClient.as("coordinator").get("/api/visits/suggestions?businessId="
                        + business)).getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.isNull("agencyCode")).map(a -> a.getString("agencyCode")).toList();
        assertThat(interested).contains("FOOD", "TRADING_STD");
        String expected = interested.stream().filter(c -> c.equals("FIRE") || c.equals("FOOD")).findFirst().orElseThrow();
        HttpResponse<String> advice = ApiClient.as("coordinator").get("/api/visits/lead-suggestion?businessId=" + business
                + "&purpose=ENFORCEMENT");
        assertThat(advice.statusCode()).as(advice.body()).isEqualTo(200);
        JsonObject suggestion = ApiClient.object(advice);
        assertThat(suggestion.getString("agencyCode")).as("interested: " + interested).isEqualTo(expected)
                .isNotEqualTo("TRADING_STD");
        assertThat(suggestion.getString("reason"))
                .isEqualTo("It can enter without a warrant; it holds 2 powers an enforcement visit may need.");
        assertThat(suggestion.getJsonArray("powers").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains(expected.equals("FOOD")
                        ? "Authorised officers may enter food premises at all reasonable hours (Food Safety Act 1990 s32)"
                        : "Inspectors may enter premises at any reasonable time to inspect fire safety"
                                + " (Regulatory Reform (Fire Safety) Order 2005 article 27)");

        assertThat(ApiClient.as("coordinator").get("/api/visits/lead-suggestion?businessId=" + business
                + "&purpose=SOMETIMES").statusCode()).isEqualTo(400);
        assertThat(ApiClient.as("desk.fire").get("/api/visits/lead-suggestion?businessId=" + business).statusCode())
                .isEqualTo(403);
    }

    private static JsonObject agency(String code) throws Exception {
        return ApiClient.array(ApiClient.as("admin").get("/api/agencies")).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return ApiClient.object(response).getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).distinct().toList();
    }
}
