package org.eyesandears.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A partnership at work, as one shared service sees it: field officers sending concern referrals,
 * intelligence desks working their inbox (review, decision, feedback, close), coordinators reading
 * the shared calendar, managers loading the dashboard's figures. Each virtual user is one person
 * at work for the whole run, repeating their role's sitting with think times of a real one, signed
 * in as the demo user of that role (see {@link Tokens}); each role also opens its landing page, so
 * the server renders Faces pages too (a GET only: the pages' AJAX postbacks are not driven).
 *
 * <p>Settings (system properties, e.g. {@code -Dload.users=200}): {@code load.baseUrl}
 * (http://localhost:8080), {@code load.realmUrl} (http://localhost:8180/realms/eyesandears),
 * {@code load.users} (200 concurrent), {@code load.rampSeconds} (60), {@code load.minutes} (10, at
 * full strength after the ramp), {@code load.think} (1.0: multiplies every think time; 0.1 is a
 * ten times busier partnership), {@code load.p95Ms} (500) and {@code load.maxErrorPercent} (0.1),
 * which the run's assertions check per request type and overall.
 */
public class PartnershipSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    static final String REALM_URL = System.getProperty("load.realmUrl", "http://localhost:8180/realms/eyesandears");
    static final int USERS = Integer.getInteger("load.users", 200);
    static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 60);
    static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "10"));
    static final double THINK = Double.parseDouble(System.getProperty("load.think", "1.0"));
    static final int P95_MS = Integer.getInteger("load.p95Ms", 500);
    static final double MAX_ERROR_PERCENT = Double.parseDouble(System.getProperty("load.maxErrorPercent", "0.1"));

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The mix: of every 20 people at work, 11 field officers, 4 desk officers, 2 coordinators, 3 managers. */
    static final int OFFICERS = share(11), DESKS = share(4), COORDINATORS = share(2);
    static final int MANAGERS = USERS - OFFICERS - DESKS - COORDINATORS;

    static final List<String> OFFICER_USERS = List.of("officer.food", "officer.fire");
    static final List<String> DESK_USERS = List.of("desk.immigration", "desk.hmrc", "desk.fire", "desk.tradingstandards");
    static final List<String> COORDINATOR_USERS = List.of("coordinator");
    static final List<String> MANAGER_USERS = List.of("manager", "manager.fire", "manager.partnership");

    /** Indicators routed to the four desks' agencies (Immigration, HMRC, Fire, Trading standards). */
    static final List<String> IMMIGRATION = List.of("IMM_WORKERS_LIVING", "IMM_NERVOUS_WORKERS");
    static final List<String> HMRC = List.of("HMRC_TWO_TILLS", "HMRC_HIGH_TRADE", "HMRC_POOR_RECORDS");
    static final List<String> FIRE = List.of("FIRE_EXITS_BLOCKED", "FIRE_SLEEPING");
    static final List<String> TRADING_STANDARDS = List.of("TS_EVASIVE_OWNERSHIP", "TS_IGNORES_ADVICE");

    /** What officers type into the business search: names of the demo register and some it lacks. */
    static final List<String> SEARCHES = List.of("Golden Wok", "Car Wash", "Nails", "Chicken", "Mini Market",
            "Hand Car", "Spice Garden", "Phone Repairs", "Convenience", "Pizza", "Kebab", "Barbers", "Vape");

    static final ObjectMapper JSON = new ObjectMapper();

    /** Desk moves refused because another desk officer moved the same routing first (409), by design. */
    static final AtomicLong CONFLICTS = new AtomicLong();
    /** Desk inbox lists with nothing new to pick. */
    static final AtomicLong EMPTY_INBOXES = new AtomicLong();

    private static volatile Tokens tokens;
    /** When the run ends (epoch millis): the ramp and the minutes at full strength after {@link #before()}. */
    private static volatile long end;

    static int share(int of20) {
        return Math.round(USERS * of20 / 20f);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static ChainBuilder think(int minSeconds, int maxSeconds) {
        long min = Math.max(1, Math.round(minSeconds * 1000 * THINK));
        long max = Math.max(min + 1, Math.round(maxSeconds * 1000 * THINK));
        return exec(pause(Duration.ofMillis(min), Duration.ofMillis(max)));
    }

    static String bearer(Session session) {
        return tokens.bearer(session.getString("user"));
    }

    static HttpRequestActionBuilder get(String name, String path) {
        return http(name).get(path).header("Authorization", PartnershipSimulation::bearer)
                .header("Accept", "application/json");
    }

    static HttpRequestActionBuilder post(String name, String path, java.util.function.Function<Session, String> body) {
        return http(name).post(path).header("Authorization", PartnershipSimulation::bearer)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .body(StringBody(body::apply));
    }

    /** A Faces page as the browser first loads it (HTML, no redirect to sign-in allowed). */
    static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).header("Authorization", PartnershipSimulation::bearer)
                .header("Accept", "text/html").disableFollowRedirect().check(status().is(200));
    }

    static <T> T any(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    static ChainBuilder signInAs(List<String> users) {
        return exec(session -> session.set("user", users.get((int) (session.userId() % users.size()))));
    }

    // ---- field officers ----------------------------------------------------------------------------

    static String referral(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // An officer refers to other agencies, within agreements in force: the demo data ends the fire
        // service's agreement with HMRC a month ago (docs/governance.md), so fire officers refer to
        // Immigration and Trading standards only.
        List<List<String>> groups = "officer.fire".equals(session.getString("user"))
                ? List.of(IMMIGRATION, TRADING_STANDARDS)
                : List.of(IMMIGRATION, HMRC, FIRE, TRADING_STANDARDS);
        Set<String> codes = new LinkedHashSet<>();
        int n = random.nextInt(10) < 7 ? 1 : 2;
        while (codes.size() < n) {
            codes.add(any(any(groups)));
        }
        String business;
        if (session.contains("businessId")) {
            business = "\"businessId\": " + session.getLong("businessId");
        } else {
            int no = random.nextInt(1, 400);
            business = "\"newBusiness\": {\"tradingName\": \"" + session.getString("term") + " " + no
                    + "\", \"addressLine1\": \"" + no + " High Street\", \"town\": \"Luton\", \"postcode\": \"LU1 "
                    + random.nextInt(1, 9) + "AB\"}";
        }
        LocalDate visit = LocalDate.now(LONDON).minusDays(random.nextInt(0, 4));
        return "{" + business + ", \"visitDate\": \"" + visit + "\", \"visitReason\": \"Routine inspection\","
                + " \"indicatorCodes\": [\"" + String.join("\", \"", codes) + "\"],"
                + " \"observation\": \"Load test referral: seen during a routine visit. Several people appeared"
                + " to be sleeping in the store room and the rear exit was obstructed by stock.\","
                + " \"grading\": {\"source\": \"RELIABLE\", \"intelligence\": \"A\", \"handling\": \"P\"},"
                + " \"urgency\": \"" + (random.nextInt(10) < 2 ? "URGENT" : "ROUTINE") + "\"}";
    }

    static final ChainBuilder OFFICER_SITTING = exec(session -> session.remove("businessId").remove("reference")
            .set("term", any(SEARCHES)).set("key", UUID.randomUUID().toString())
            .set("compose", ThreadLocalRandom.current().nextInt(60, 180)))
            .exec(page("Officer: home page", "/"))
            .exec(think(5, 15))
            .exec(get("Officer: indicators", "/api/indicators").check(status().is(200)))
            .exec(think(10, 30))
            .exec(get("Officer: business search", "/api/businesses?name=#{term}&max=10")
                    .check(status().is(200), jmesPath("[0].id").ofLong().optional().saveAs("businessId")))
            .exec(think(45, 90))
            .exec(post("Officer: send referral", "/api/referrals", PartnershipSimulation::referral)
                    .header("Idempotency-Key", "#{key}").header("Compose-Seconds", "#{compose}")
                    .check(status().is(201), jmesPath("reference").saveAs("reference")))
            .doIf(session -> session.contains("reference")).then(think(5, 15)
                    .exec(get("Officer: referral", "/api/referrals/#{reference}").check(status().is(200))))
            .exec(think(30, 90))
            .exec(get("Officer: my referrals", "/api/referrals?mine=true&max=20").check(status().is(200)))
            .exec(get("Officer: notifications", "/api/me/notifications").check(status().is(200)))
            .exec(think(60, 180));

    // ---- desks ---------------------------------------------------------------------------------------

    /** Picks one new routing of the first page at random, as a desk officer picks one to work on. */
    static Session pickRouting(Session session) {
        try {
            JsonNode items = JSON.readTree(session.getString("inbox"));
            List<JsonNode> fresh = new ArrayList<>();
            items.forEach(fresh::add);
            if (fresh.isEmpty()) {
                EMPTY_INBOXES.incrementAndGet();
                return session.remove("routingId");
            }
            JsonNode item = any(fresh);
            return session.set("routingId", item.path("routingId").asLong())
                    .set("version", item.path("version").asLong())
                    .set("reference", item.path("reference").asText());
        } catch (Exception e) {
            return session.markAsFailed().remove("routingId");
        }
    }

    static Session afterMove(Session session) {
        if (session.getInt("moveStatus") == 409) {
            CONFLICTS.incrementAndGet();
            return session.remove("routingId");
        }
        return session;
    }

    static HttpRequestActionBuilder move(String name, String to, String reason) {
        return post(name, "/api/routings/#{routingId}/transitions", session -> "{\"to\": \"" + to + "\", "
                + (reason == null ? "" : "\"reason\": \"" + reason + "\", ")
                + "\"expectedVersion\": " + session.getLong("version") + "}")
                .check(status().in(200, 409).saveAs("moveStatus"),
                        jmesPath("version").ofLong().optional().saveAs("version"));
    }

    static String feedback(Session session) {
        return "desk.hmrc".equals(session.getString("user"))
                ? "{\"outcomeCategory\": \"ACTIONED\", \"expectedVersion\": " + session.getLong("version") + "}"
                : "{\"usefulness\": \"USEFUL\", \"outcomeCategory\": \"ADVICE_GIVEN\", \"comment\": \"Visited;"
                        + " advice given to the owner.\", \"expectedVersion\": " + session.getLong("version") + "}";
    }

    static final ChainBuilder DESK_SITTING = exec(page("Desk: inbox page", "/triage/inbox.xhtml"))
            .exec(think(5, 15))
            .exec(get("Desk: inbox, new", "/api/inbox?status=NEW&max=25")
                    .check(status().is(200), bodyString().saveAs("inbox")))
            .exec(PartnershipSimulation::pickRouting)
            .doIf(session -> session.contains("routingId")).then(
                    think(10, 20)
                            .exec(get("Desk: referral", "/api/referrals/#{reference}").check(status().is(200)))
                            .exec(think(20, 40))
                            .exec(move("Desk: take into review", "IN_REVIEW", null))
                            .exec(PartnershipSimulation::afterMove))
            .doIf(session -> session.contains("routingId")).then(
                    think(30, 60)
                            .exec(move("Desk: decide (accept)", "ACCEPTED", "Matches an open case; taking it on."))
                            .exec(PartnershipSimulation::afterMove))
            .doIf(session -> session.contains("routingId")).then(
                    think(30, 60)
                            .exec(post("Desk: give feedback", "/api/routings/#{routingId}/feedback",
                                    PartnershipSimulation::feedback)
                                    .check(status().in(200, 409).saveAs("moveStatus"),
                                            jmesPath("version").ofLong().optional().saveAs("version")))
                            .exec(PartnershipSimulation::afterMove))
            .doIf(session -> session.contains("routingId")).then(
                    think(5, 15)
                            .exec(move("Desk: close", "CLOSED", null))
                            .exec(PartnershipSimulation::afterMove))
            .exec(think(20, 40))
            .exec(get("Desk: inbox, all", "/api/inbox?max=50").check(status().is(200)))
            .exec(think(30, 90));

    // ---- coordinators -----------------------------------------------------------------------------

    static Session month(Session session) {
        ZonedDateTime start = ZonedDateTime.now(LONDON).truncatedTo(ChronoUnit.DAYS)
                .minusDays(ThreadLocalRandom.current().nextInt(0, 14));
        return session.set("from", start.toInstant().toString())
                .set("to", start.plusDays(35).toInstant().toString());
    }

    static final ChainBuilder COORDINATOR_SITTING = exec(PartnershipSimulation::month)
            .exec(page("Coordinator: calendar page", "/visit/calendar.xhtml"))
            .exec(think(5, 15))
            .exec(get("Coordinator: calendar", "/api/visits?from=#{from}&to=#{to}")
                    .check(status().is(200), jmesPath("[*].id").ofList().optional().saveAs("visitIds"),
                            jmesPath("[*].businessId").ofList().optional().saveAs("businessIds")))
            .exec(think(10, 30))
            .doIf(session -> session.contains("visitIds") && !session.getList("visitIds").isEmpty()).then(
                    exec(session -> {
                        int i = ThreadLocalRandom.current().nextInt(session.getList("visitIds").size());
                        return session.set("visitId", session.getList("visitIds").get(i))
                                .set("businessId", session.getList("businessIds").get(i));
                    })
                            .exec(get("Coordinator: visit", "/api/visits/#{visitId}").check(status().is(200)))
                            .exec(think(20, 40))
                            .exec(get("Coordinator: clash check",
                                    "/api/visits/conflicts?businessId=#{businessId}&from=#{from}&to=#{to}")
                                    .check(status().is(200))))
            .exec(think(60, 120));

    // ---- managers ------------------------------------------------------------------------------------

    /** An agency manager's drill-downs name their own agency; the partnership manager's need none. */
    static final java.util.Map<String, String> MANAGER_AGENCY = java.util.Map.of("manager", "&agency=FOOD",
            "manager.fire", "&agency=FIRE", "manager.partnership", "");

    static final ChainBuilder MANAGER_SITTING = exec(session -> session.set("quarter",
            LocalDate.now(LONDON).minusDays(90).toString())
            .set("ownAgency", MANAGER_AGENCY.get(session.getString("user"))))
            .exec(page("Manager: dashboard page", "/reporting/dashboard.xhtml"))
            .exec(think(5, 15))
            .exec(get("Manager: figures, 28 days", "/api/stats/summary").check(status().is(200)))
            .exec(think(30, 60))
            .exec(get("Manager: figures, 90 days", "/api/stats/summary?from=#{quarter}").check(status().is(200)))
            .exec(think(20, 40))
            .exec(get("Manager: drill-down, received", "/api/stats/routings?kind=RECEIVED#{ownAgency}")
                    .check(status().is(200)))
            .exec(think(20, 40))
            .exec(get("Manager: overdue", "/api/overdue").check(status().is(200)))
            .exec(think(60, 180));

    // ---- the run ---------------------------------------------------------------------------------------

    static ScenarioBuilder role(String name, List<String> users, ChainBuilder sitting) {
        // Everyone stops together at the end of the run, however late in the ramp they started.
        // (during(...) re-evaluates its duration against the time since the loop began: not a deadline.)
        return scenario(name).exec(signInAs(users))
                .asLongAs(session -> System.currentTimeMillis() < end, true).on(sitting);
    }

    static PopulationBuilder people(ScenarioBuilder scenario, int count) {
        return scenario.injectOpen(rampUsers(count).during(Duration.ofSeconds(RAMP_SECONDS)));
    }

    static List<Assertion> assertions() {
        List<Assertion> all = new ArrayList<>();
        all.add(global().failedRequests().percent().lte(MAX_ERROR_PERCENT));
        all.add(forAll().responseTime().percentile(95.0).lt(P95_MS));
        all.add(forAll().failedRequests().percent().lte(MAX_ERROR_PERCENT));
        return all;
    }

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).userAgentHeader("eyesandears-load (Gatling)")
            .acceptEncodingHeader("gzip, deflate").shareConnections();

    {
        setUp(Stream.of(
                        people(role("Field officer", OFFICER_USERS, OFFICER_SITTING), OFFICERS),
                        people(role("Desk officer", DESK_USERS, DESK_SITTING), DESKS),
                        people(role("Coordinator", COORDINATOR_USERS, COORDINATOR_SITTING), COORDINATORS),
                        people(role("Manager", MANAGER_USERS, MANAGER_SITTING), MANAGERS))
                .toList())
                .protocols(protocol)
                .assertions(assertions())
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + Math.round(MINUTES * 60) + 300));
    }

    @Override
    public void before() {
        System.out.printf("Load: %d people (%d officers, %d desks, %d coordinators, %d managers), ramp %d s,"
                        + " %.1f min at full strength, think times x%.2f, against %s%n", USERS, OFFICERS, DESKS,
                COORDINATORS, MANAGERS, RAMP_SECONDS, MINUTES, THINK, BASE_URL);
        end = System.currentTimeMillis() + (RAMP_SECONDS + Math.round(MINUTES * 60)) * 1000L;
        tokens = new Tokens(REALM_URL, Stream.of(OFFICER_USERS, DESK_USERS, COORDINATOR_USERS, MANAGER_USERS)
                .flatMap(List::stream).toList());
    }

    @Override
    public void after() {
        System.out.printf("LOAD desk conflicts (409, another desk officer moved the routing first): %d;"
                        + " desk inbox lists with nothing new: %d; token password grants %d, refreshes %d,"
                        + " failures %d%n", CONFLICTS.get(), EMPTY_INBOXES.get(), tokens.passwordGrants.get(),
                tokens.refreshes.get(), tokens.failures.get());
        tokens.close();
    }
}
