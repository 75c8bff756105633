package org.eyesandears.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The auditor's API: search, CSV export and who has seen a referral; auditors only. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    private static String referral(String business, String observation) throws Exception {
        return ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s", "addressLine1": "5 Audit Row", "postcode": "LU1 5AR"},
                 "visitDate": "%s", "indicatorCodes": ["HMRC_TWO_TILLS"], "observation": "%s",
                 "people": [{"nameOrDescription": "Jo Bloggs", "category": "OTHER"}],
                 "grading": {"source": "RELIABLE", "intelligence": "A", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(business, LocalDate.now(ZoneId.of("Europe/London")), observation))).getString("reference");
    }

    @Test
    void theAuditorSeesWhoHasSeenAReferralAndNobodyElseMayAsk() throws Exception {
        String reference = referral("Seen By Many Grill", "Two tills behind the counter.");
        ApiClient.as("desk.hmrc").get("/api/referrals/" + reference);
        ApiClient.as("desk.hmrc").get("/api/referrals/" + reference);
        // Downloading a photo of the referral is seeing it too, even without opening the referral.
        long photo = Database.attach(reference, UUID.randomUUID().toString(),
                "%PDF-1.4 the second till".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<byte[]> download = ApiClient.as("desk.hmrc").download("/attachments/" + photo);
        assertThat(download.statusCode()).isEqualTo(200);
        // The download's record names the referral as its related object (V140), not only in its detail.
        assertThat(ApiClient.array(ApiClient.as("auditor").get("/api/audit/records?objectType=attachment&objectId=" + photo))
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("operation") + " "
                        + e.getString("relatedType") + " " + e.getString("relatedId"))
                .containsExactly("CONSULTATION referral " + reference);

        List<JsonObject> viewers = ApiClient.array(ApiClient.as("auditor")
                .get("/api/audit/referrals/" + reference + "/viewers")).getValuesAs(JsonObject.class);

        assertThat(viewers).extracting(v -> v.getString("username") + " " + v.getString("agencyCode") + " "
                + v.getJsonNumber("times").longValue()).containsExactly("desk.hmrc HMRC 3");
        assertThat(ApiClient.as("officer.food").get("/api/audit/referrals/" + reference + "/viewers").statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.as("admin").get("/api/audit/records?user=desk.hmrc").statusCode()).isEqualTo(403);
    }

    /** The newest audit record of a list consultation by a user, as the auditor finds it. */
    private static JsonObject newestList(String user, String objectType, String listName) throws Exception {
        List<JsonObject> found = ApiClient.array(ApiClient.as("auditor").get("/api/audit/records?user=" + user
                + "&objectType=" + objectType + "&objectId=" + listName.replace(" ", "%20")
                + "&operation=CONSULTATION")).getValuesAs(JsonObject.class);
        assertThat(found).as(user + " " + objectType + " " + listName).isNotEmpty();
        return found.get(0);
    }

    @Test
    void listsAreAuditedAsConsultationsNamingWhatTheyShowed() throws Exception {
        String business = "Listed Lounge " + UUID.randomUUID().toString().substring(0, 8);
        String reference = referral(business, "Cash only, two tills.");
        long routing = ApiClient.object(ApiClient.as("desk.hmrc").get("/api/referrals/" + reference))
                .getJsonArray("routings").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals("HMRC")).findFirst().orElseThrow().getJsonNumber("id").longValue();

        assertThat(ApiClient.as("desk.hmrc").get("/api/inbox?business=" + business.replace(" ", "%20")).statusCode())
                .isEqualTo(200);
        JsonObject inbox = newestList("desk.hmrc", "routing", "inbox");
        assertThat(inbox.getString("detail")).isEqualTo("desk inbox of HMRC from row 0: 1 listed (" + routing + ")");
        assertThat(inbox.getString("agencyCode")).isEqualTo("HMRC");

        List<JsonObject> hits = ApiClient.array(ApiClient.as("officer.food")
                .get("/api/businesses?name=" + business.replace(" ", "%20"))).getValuesAs(JsonObject.class);
        assertThat(hits).hasSize(1);
        assertThat(newestList("officer.food", "business", "radar search").getString("detail"))
                .isEqualTo("business radar search: 1 listed (" + hits.get(0).getJsonNumber("id").longValue() + ")");

        HttpResponse<String> calendar = ApiClient.as("coordinator")
                .get("/api/visits?from=2001-01-01T00:00:00Z&to=2001-02-01T00:00:00Z");
        assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);
        assertThat(newestList("coordinator", "visit", "calendar").getString("detail"))
                .isEqualTo("visit calendar from 2001-01-01T00:00:00Z to 2001-02-01T00:00:00Z: 0 listed");
    }

    @Test
    void theAuditorSearchesByObjectUserAgencyOperationAndPeriodAndExportsWithoutPersonalData() throws Exception {
        String reference = referral("Search Me Bistro", "Private remark about Jo Bloggs.");
        ApiClient.as("desk.hmrc").get("/api/referrals/" + reference);
        ApiClient auditor = ApiClient.as("auditor");
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        List<JsonObject> all = ApiClient.array(auditor.get("/api/audit/records?objectType=referral&objectId="
                + reference + "&from=" + today + "&to=" + today)).getValuesAs(JsonObject.class);
        List<JsonObject> disclosures = ApiClient.array(auditor.get("/api/audit/records?objectType=referral&objectId="
                + reference + "&operation=DISCLOSURE&agency=FOOD&user=officer.food")).getValuesAs(JsonObject.class);
        List<JsonObject> yesterday = ApiClient.array(auditor.get("/api/audit/records?objectType=referral&objectId="
                + reference + "&to=" + LocalDate.parse(today).minusDays(1))).getValuesAs(JsonObject.class);

        assertThat(all).extracting(e -> e.getString("username") + " " + e.getString("operation"))
                .containsExactly("desk.hmrc CONSULTATION", "officer.food DISCLOSURE", "officer.food COLLECTION");
        assertThat(all.get(0).getString("channel")).isEqualTo("API");
        assertThat(all.get(0).getString("clientAddress")).isNotBlank();
        assertThat(disclosures).singleElement().satisfies(e -> assertThat(e.getString("detail")).isEqualTo("routed to HMRC"));
        assertThat(yesterday).isEmpty();

        HttpResponse<byte[]> csv = auditor.download("/api/audit/records.csv?objectType=referral&objectId=" + reference,
                "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("audit-trail.csv");
        String csvText = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(List.of(csvText.split("\r\n"))).hasSize(4)
                .first().isEqualTo("id,occurred_at_utc,username,agency,operation,object_type,object_id,detail,reason,"
                        + "client_address,channel");
        assertThat(csvText).contains(",desk.hmrc,HMRC,CONSULTATION,referral," + reference + ",")
                .doesNotContain("Jo Bloggs").doesNotContain("Search Me Bistro").doesNotContain("Private remark");

        HttpResponse<String> backwards = auditor.get("/api/audit/records?from=" + today + "&to="
                + LocalDate.parse(today).minusDays(3));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("The period ends before it starts.");

        // The auditor's own searches are in the trail too.
        assertThat(ApiClient.array(auditor.get("/api/audit/records?user=auditor&objectType=audit-trail&max=5"))
                .getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getString("operation")).isEqualTo("CONSULTATION"));
    }

    @Test
    void theSubjectAccessReportListsTheReferralsNamingAPersonAndWhatWasDoneWithThem() throws Exception {
        String unique = "Zebedee Quartermain " + System.nanoTime();
        String reference = ApiClient.object(ApiClient.as("officer.food").post("/api/referrals", """
                {"newBusiness": {"tradingName": "Subject Access Cafe", "addressLine1": "8 Rights Road", "postcode": "LU1 8RR"},
                 "visitDate": "%s", "indicatorCodes": ["FIRE_SLEEPING"], "observation": "Manager gave a false name.",
                 "people": [{"nameOrDescription": "%s", "roleAtPremises": "manager", "category": "SUSPECT"}],
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(LocalDate.now(ZoneId.of("Europe/London")), unique))).getString("reference");
        JsonObject referral = ApiClient.object(ApiClient.as("desk.fire").get("/api/referrals/" + reference));
        // A visit to the business whose risk notes name the same person.
        Instant start = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30).atTime(10, 0)
                .atZone(ZoneId.of("Europe/London")).toInstant();
        HttpResponse<String> planned = ApiClient.as("coordinator").post("/api/visits", """
                {"businessId": %d, "startsAt": "%s", "endsAt": "%s", "purpose": "MIXED", "leadAgency": "FIRE",
                 "participants": [], "officers": [], "riskNotes": "Ask for %s at the back door."}
                """.formatted(referral.getJsonObject("business").getJsonNumber("id").longValue(), start,
                start.plusSeconds(7200), unique));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long visit = ApiClient.object(planned).getJsonNumber("id").longValue();
        String query = java.net.URLEncoder.encode(unique.toLowerCase(), java.nio.charset.StandardCharsets.UTF_8);

        JsonObject report = ApiClient.object(ApiClient.as("auditor").get("/api/audit/subject-access?name=" + query));

        assertThat(report.getJsonArray("referrals").getValuesAs(JsonObject.class)).singleElement().satisfies(r -> {
            assertThat(r.getString("reference")).isEqualTo(reference);
            assertThat(r.getString("business")).isEqualTo("Subject Access Cafe");
            assertThat(r.getJsonArray("peopleMatched").getString(0)).isEqualTo(unique + " (suspect)");
        });
        assertThat(report.getJsonArray("visits").getValuesAs(JsonObject.class)).singleElement().satisfies(v -> {
            assertThat(v.getJsonNumber("id").longValue()).isEqualTo(visit);
            assertThat(v.getString("business")).isEqualTo("Subject Access Cafe");
            assertThat(v.getJsonArray("matchedIn").getValuesAs(jakarta.json.JsonString::getString))
                    .containsExactly("risk notes");
        });
        assertThat(report.getJsonArray("auditRecords").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("username") + " " + e.getString("operation") + " " + e.getString("objectType"))
                .startsWith("officer.food COLLECTION referral", "officer.food DISCLOSURE referral",
                        "desk.fire CONSULTATION referral")
                .contains("coordinator COLLECTION visit", "auditor CONSULTATION referral", "auditor CONSULTATION visit");
        assertThat(ApiClient.as("officer.food").get("/api/audit/subject-access?name=" + query).statusCode())
                .isEqualTo(403);
        HttpResponse<String> tooShort = ApiClient.as("auditor").get("/api/audit/subject-access?name=Zb");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 3 characters");
        // The trail records the request without the name asked about.
        assertThat(ApiClient.as("auditor").get("/api/audit/records?user=auditor&objectType=audit-trail&objectId=subject-access")
                .body()).contains("1 referrals and 1 visits found").doesNotContain("Zebedee");
    }
}
