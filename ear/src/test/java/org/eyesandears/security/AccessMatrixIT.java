package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Database;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access-control matrix: every demo user (one per agency and role), plus a caller without a
 * token and one with a forged token, against every object (referrals, their attachments,
 * routings and businesses) and every operation of the API (read, download, triage moves,
 * feedback, answers, submit, inbox filters, overdue counts, user administration, own referrals,
 * retention review, the audit trail, the dashboard, visits, sharing agreements, retention
 * periods, linkage datasets, reference data and the lead-agency suggestion).
 *
 * <p>The expected answer of each case comes from the rule written in docs/security.md, computed
 * here independently of the application: a referral is visible to its author, the managers of the
 * author's agency and the desks it was routed to; a routing is worked only by its agency's desk;
 * only its author answers a question. A denied read is 404 (or 403 for a refused role) and the body
 * never contains the referral's business name or observation; a denied write changes nothing (the
 * routings are checked in the database afterwards); allowed operations succeed. One deployment,
 * one token per user, four requests at a time.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final List<String> USERNAMES = List.of("officer.food", "officer.fire", "desk.immigration",
            "desk.hmrc", "desk.fire", "desk.tradingstandards", "coordinator", "manager", "analyst", "admin",
            "auditor");
    private static final List<String> STATUSES = List.of("NEW", "IN_REVIEW", "ACCEPTED", "INFO_REQUESTED",
            "REFERRED_ON", "NO_FURTHER_ACTION", "CLOSED");
    private static final List<String> URGENCIES = List.of("ROUTINE", "URGENT");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    /** A caller: a demo user with role and agency, or an anonymous / forged one (role null). */
    record Caller(String name, String role, String agency, ApiClient client, String authorization) {
        boolean authenticated() {
            return role != null;
        }
    }

    record Fixture(String reference, String author, String authorAgency, Set<String> routedTo, String secret,
                   long attachmentId, byte[] attachmentBytes, List<Route> routings, long businessId) {
    }

    record Route(long id, long version, String agency, Fixture referral) {
    }

    /** One generated case: what to call, as whom, and the statuses that are right. */
    record Case(Caller caller, String operation, String method, String path, String body, Set<Integer> expected,
                List<String> mustNotContain, Check extra) {
    }

    @FunctionalInterface
    interface Check {
        String problem(HttpResponse<String> response) throws Exception;
    }

    @Test
    void everyCallerGetsExactlyWhatTheRulesAllowAndNothingElse() throws Exception {
        Instant started = Instant.now();
        List<Caller> callers = callers();
        Map<String, Caller> byName = callers.stream().collect(Collectors.toMap(Caller::name, c -> c));
        List<Fixture> fixtures = fixtures(byName);
        List<Case> cases = generate(callers, fixtures);

        List<String> failures = run(cases);

        assertThat(failures).as("cases that answered other than the rules say").isEmpty();
        assertThat(cases).as("generated cases").hasSizeGreaterThan(3000);
        assertThat(routingsUnchanged(fixtures)).as("routings changed by a denied or refused write").isEmpty();

        // Allowed writes succeed: each desk takes its routings into review.
        for (Fixture fixture : fixtures) {
            for (Route route : fixture.routings()) {
                Caller desk = callers.stream().filter(c -> "desk".equals(c.role()) && route.agency().equals(c.agency()))
                        .findFirst().orElseThrow();
                HttpResponse<String> moved = desk.client().post("/api/routings/" + route.id() + "/transitions",
                        "{\"to\": \"IN_REVIEW\", \"expectedVersion\": %d}".formatted(route.version()));
                assertThat(moved.statusCode()).as(desk.name() + " takes routing " + route.id() + " into review")
                        .isEqualTo(200);
                assertThat(ApiClient.object(moved).getString("assignee")).isEqualTo(desk.name());
            }
        }
        System.out.printf("AccessMatrixIT: %d cases, %d callers, %d referrals, %d routings in %d ms%n",
                cases.size(), callers.size(), fixtures.size(),
                fixtures.stream().mapToInt(f -> f.routings().size()).sum(),
                java.time.Duration.between(started, Instant.now()).toMillis());
    }

    private static List<Caller> callers() throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (String username : USERNAMES) {
            String token = Stack.token(username);
            ApiClient client = ApiClient.withRawToken(token);
            JsonObject me = ApiClient.object(client.get("/api/me"));
            callers.add(new Caller(username, me.getJsonArray("roles").getString(0), me.getString("agency"), client,
                    "Bearer " + token));
        }
        callers.add(new Caller("anonymous", null, null, ApiClient.withRawToken(null), null));
        callers.add(new Caller("forged", null, null, ApiClient.withRawToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
        return callers;
    }

    /** Referrals by two officers of different agencies, routed to one, two or four desks' agencies. */
    private static List<Fixture> fixtures(Map<String, Caller> callers) throws Exception {
        List<String> deskAgencies = callers.values().stream().filter(c -> "desk".equals(c.role()))
                .map(Caller::agency).sorted().toList();
        Map<String, String> indicatorFor = new HashMap<>();
        for (JsonObject indicator : ApiClient.array(callers.get("officer.food").client().get("/api/indicators"))
                .getValuesAs(JsonObject.class)) {
            List<String> receivers = indicator.getJsonArray("receivingAgencies").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
            if (receivers.size() == 1 && deskAgencies.contains(receivers.get(0))) {
                indicatorFor.putIfAbsent(receivers.get(0), indicator.getString("code"));
            }
        }
        assertThat(indicatorFor.keySet()).as("an indicator routing to each desk's agency alone")
                .containsExactlyInAnyOrderElementsOf(deskAgencies);

        List<List<String>> routings = new ArrayList<>();
        deskAgencies.forEach(a -> routings.add(List.of(a)));
        routings.add(deskAgencies.subList(0, 2));
        routings.add(deskAgencies);

        List<Fixture> fixtures = new ArrayList<>();
        for (String author : List.of("officer.food", "officer.fire")) {
            for (List<String> agencies : routings) {
                fixtures.add(submit(callers.get(author), agencies, agencies.stream().map(indicatorFor::get).toList()));
            }
        }
        return fixtures;
    }

    private static Fixture submit(Caller author, List<String> agencies, List<String> indicators) throws Exception {
        String secret = "Matrix" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HttpResponse<String> created = author.client().post("/api/referrals", """
                {"newBusiness": {"tradingName": "%s Kebabs", "addressLine1": "3 Castle Street", "postcode": "LU1 3AA"},
                 "visitDate": "%s", "indicatorCodes": [%s], "observation": "Observation %s.",
                 "grading": {"source": "RELIABLE", "intelligence": "B", "handling": "P"}, "urgency": "ROUTINE"}
                """.formatted(secret, LocalDate.now(ZoneId.of("Europe/London")),
                indicators.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")), secret));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject detail = ApiClient.object(created);
        String reference = detail.getString("reference");
        byte[] bytes = ("%PDF-1.4\n% " + secret + "\n").getBytes(StandardCharsets.US_ASCII);
        long attachmentId = attach(reference, author.name(), bytes);
        Fixture fixture = new Fixture(reference, author.name(), author.agency(), new LinkedHashSet<>(agencies), secret,
                attachmentId, bytes, new ArrayList<>(), detail.getJsonObject("business").getJsonNumber("id").longValue());
        for (JsonObject routing : detail.getJsonArray("routings").getValuesAs(JsonObject.class)) {
            fixture.routings().add(new Route(routing.getJsonNumber("id").longValue(),
                    routing.getJsonNumber("version").longValue(), routing.getString("agency"), fixture));
        }
        assertThat(fixture.routings()).extracting(Route::agency).containsExactlyInAnyOrderElementsOf(agencies);
        return fixture;
    }

    /** An attachment stored as the concern card stores one: a row, and the bytes under a random key. */
    private static long attach(String reference, String author, byte[] bytes) throws Exception {
        String key = UUID.randomUUID().toString();
        Path folder = Path.of(System.getProperty("jboss.home"), "standalone", "data", "attachments");
        Files.createDirectories(folder);
        Files.write(folder.resolve(key), bytes);
        try (var db = Database.connect();
             var insert = db.prepareStatement("INSERT INTO attachment (referral_id, file_name, content_type,"
                     + " size_bytes, sha256, storage_key, uploaded_at, uploaded_by)"
                     + " SELECT id, 'photo.pdf', 'application/pdf', ?, ?, ?, ?, ? FROM referral WHERE reference = ?",
                     java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, bytes.length);
            insert.setString(2, java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            insert.setString(3, key);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setString(5, author);
            insert.setString(6, reference);
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The rule of docs/security.md: author, the author's agency's managers, the routed desks. */
    private static boolean maySee(Caller caller, Fixture referral) {
        return caller.name().equals(referral.author())
                || ("manager".equals(caller.role()) && caller.agency().equals(referral.authorAgency()))
                || ("desk".equals(caller.role()) && referral.routedTo().contains(caller.agency()));
    }

    private static List<Case> generate(List<Caller> callers, List<Fixture> fixtures) {
        List<Case> cases = new ArrayList<>();
        for (Caller caller : callers) {
            Set<Integer> unauthenticated = Set.of(401);
            for (Fixture referral : fixtures) {
                List<String> secrets = List.of(referral.secret());
                boolean sees = caller.authenticated() && maySee(caller, referral);
                cases.add(new Case(caller, "read referral", "GET", "/api/referrals/" + referral.reference(), null,
                        !caller.authenticated() ? unauthenticated : sees ? Set.of(200) : Set.of(404),
                        sees ? List.of() : secrets,
                        sees ? r -> r.body().contains(referral.secret()) ? null : "the referral lacks its observation" : null));
                cases.add(new Case(caller, "download attachment", "GET", "/attachments/" + referral.attachmentId(), null,
                        caller.name().equals("anonymous") ? Set.of(302) : !caller.authenticated() ? unauthenticated
                                : sees ? Set.of(200) : Set.of(404),
                        sees ? List.of() : secrets,
                        sees ? r -> r.body().equals(new String(referral.attachmentBytes(), StandardCharsets.US_ASCII))
                                ? null : "the attachment's bytes differ" : null));
                cases.addAll(governanceCases(caller, referral, sees));
                for (Route route : referral.routings()) {
                    boolean ownDesk = "desk".equals(caller.role()) && route.agency().equals(caller.agency());
                    boolean isDesk = "desk".equals(caller.role());
                    for (String to : STATUSES) {
                        if (ownDesk && to.equals("IN_REVIEW")) {
                            continue; // the one allowed move, made after the matrix
                        }
                        cases.add(new Case(caller, "move routing to " + to, "POST",
                                "/api/routings/" + route.id() + "/transitions",
                                "{\"to\": \"%s\", \"reason\": \"matrix\", \"referOnAgency\": \"POLICE\", \"expectedVersion\": %d}"
                                        .formatted(to, route.version()),
                                !caller.authenticated() ? unauthenticated : ownDesk ? Set.of(400)
                                        : isDesk ? Set.of(404) : Set.of(403),
                                ownDesk ? List.of() : secrets, null));
                    }
                    cases.add(new Case(caller, "give feedback", "POST", "/api/routings/" + route.id() + "/feedback",
                            "{\"outcomeCategory\": \"ACTIONED\", \"expectedVersion\": %d}".formatted(route.version()),
                            !caller.authenticated() ? unauthenticated : ownDesk ? Set.of(400)
                                    : isDesk ? Set.of(404) : Set.of(403),
                            ownDesk ? List.of() : secrets, null));
                    boolean author = caller.name().equals(referral.author());
                    cases.add(new Case(caller, "answer a question", "POST", "/api/routings/" + route.id() + "/answer",
                            "{\"answer\": \"matrix\"}",
                            !caller.authenticated() ? unauthenticated : author ? Set.of(400)
                                    : "officer".equals(caller.role()) ? Set.of(404) : Set.of(403),
                            secrets, null));
                }
            }
            List<String> statusFilters = new ArrayList<>(STATUSES);
            statusFilters.add(null);
            List<String> urgencyFilters = new ArrayList<>(URGENCIES);
            urgencyFilters.add(null);
            List<String> referringFilters = Arrays.asList(null, "FOOD", "FIRE");
            for (String status : statusFilters) {
                for (String urgency : urgencyFilters) {
                    for (String referring : referringFilters) {
                        String query = "/api/inbox?max=200"
                                + (status == null ? "" : "&status=" + status)
                                + (urgency == null ? "" : "&urgency=" + urgency)
                                + (referring == null ? "" : "&referringAgency=" + referring);
                        boolean desk = "desk".equals(caller.role());
                        List<String> foreign = fixtures.stream()
                                .filter(f -> !desk || !f.routedTo().contains(caller.agency()))
                                .map(Fixture::secret).toList();
                        cases.add(new Case(caller, "inbox " + query, "GET", query, null,
                                !caller.authenticated() ? unauthenticated : desk ? Set.of(200) : Set.of(403),
                                foreign, desk ? inboxOnlyOfAgency(caller.agency()) : null));
                    }
                }
            }
            List<String> everyone = fixtures.stream().map(Fixture::secret).toList();
            cases.add(new Case(caller, "overdue counts", "GET", "/api/overdue", null,
                    !caller.authenticated() ? unauthenticated : "manager".equals(caller.role()) ? Set.of(200) : Set.of(403),
                    everyone, null));
            cases.add(new Case(caller, "list users", "GET", "/api/admin/users", null,
                    !caller.authenticated() ? unauthenticated : "admin".equals(caller.role()) ? Set.of(200) : Set.of(403),
                    everyone, null));
            cases.add(new Case(caller, "own referrals", "GET", "/api/referrals?mine=true&max=200", null,
                    !caller.authenticated() ? unauthenticated : Set.of(200),
                    fixtures.stream().filter(f -> !f.author().equals(caller.name())).map(Fixture::secret).toList(),
                    null));
            cases.add(new Case(caller, "submit an empty card", "POST", "/api/referrals", "{}",
                    !caller.authenticated() ? unauthenticated : "officer".equals(caller.role()) ? Set.of(400) : Set.of(403),
                    everyone, null));
            cases.addAll(roleCases(caller, everyone));
        }
        return cases;
    }

    /** The roles docs/security.md gives the staff pages: the calendar, the register, the radar. */
    private static final Set<String> STAFF = Set.of("officer", "desk", "coordinator", "manager", "analyst");

    /** Every role: reference data in use is for everyone signed in. */
    private static final Set<String> ALL_ROLES = Set.of("officer", "desk", "coordinator", "manager", "analyst", "admin",
            "auditor");

    /** 200 (or {@code allowed}) for the roles given, 403 for other roles, 401 without a valid token. */
    private static Set<Integer> forRoles(Caller caller, Set<String> roles, int allowed) {
        return !caller.authenticated() ? Set.of(401) : roles.contains(caller.role()) ? Set.of(allowed) : Set.of(403);
    }

    /**
     * One referral's retention review, audit trail and business page: the owning agency's managers
     * review it (a keep or erase without a reason reaches the rule, 400; another agency's manager
     * gets 404); only auditors see who has seen it; a business page is for staff and names the
     * referral only to those who may see it.
     */
    private static List<Case> governanceCases(Caller caller, Fixture referral, boolean sees) {
        List<String> secrets = List.of(referral.secret());
        boolean manager = "manager".equals(caller.role());
        boolean owningManager = manager && caller.agency().equals(referral.authorAgency());
        Set<Integer> review = !caller.authenticated() ? Set.of(401) : !manager ? Set.of(403)
                : owningManager ? Set.of(200) : Set.of(404);
        Set<Integer> decide = review.contains(200) ? Set.of(400) : review;
        String retention = "/api/retention/" + referral.reference();
        return List.of(
                new Case(caller, "retention status", "GET", retention, null, review,
                        owningManager ? List.of() : secrets, null),
                new Case(caller, "keep without a reason", "POST", retention + "/keep", "{}", decide, secrets, null),
                new Case(caller, "erase without a reason", "POST", retention + "/erase", "{}", decide, secrets, null),
                new Case(caller, "who has seen", "GET", "/api/audit/referrals/" + referral.reference() + "/viewers",
                        null, forRoles(caller, Set.of("auditor"), 200), secrets, null),
                new Case(caller, "business page", "GET", "/api/businesses/" + referral.businessId(), null,
                        forRoles(caller, STAFF, 200), sees ? List.of() : List.of(referral.reference()),
                        sees ? r -> r.body().contains(referral.reference()) ? null : "the page lacks the referral" : null));
    }

    /** Operations open to some roles only, whatever the object; bad input reaches the rules (400). */
    private static List<Case> roleCases(Caller caller, List<String> everyone) {
        boolean manager = "manager".equals(caller.role());
        return List.of(
                new Case(caller, "retention queue", "GET", "/api/retention/queue", null,
                        forRoles(caller, Set.of("manager"), 200), List.of(), null),
                new Case(caller, "audit search", "GET", "/api/audit/records?objectType=referral", null,
                        forRoles(caller, Set.of("auditor"), 200), everyone, null),
                new Case(caller, "subject access", "GET", "/api/audit/subject-access?name=Kebabs", null,
                        forRoles(caller, Set.of("auditor"), 200), List.of(), null),
                new Case(caller, "dashboard", "GET", "/api/stats/summary", null,
                        forRoles(caller, Set.of("manager"), 200), everyone, null),
                new Case(caller, "drill into another agency", "GET",
                        "/api/stats/routings?kind=FEEDBACK_GIVEN&agency=" + (manager && "FIRE".equals(caller.agency())
                                ? "FOOD" : "FIRE"), null,
                        !caller.authenticated() ? Set.of(401) : Set.of(403), everyone, null),
                new Case(caller, "visit calendar", "GET", "/api/visits?from=2001-01-01T00:00:00Z&to=2001-02-01T00:00:00Z",
                        null, forRoles(caller, STAFF, 200), everyone, null),
                new Case(caller, "plan an empty visit", "POST", "/api/visits", "{}",
                        forRoles(caller, Set.of("coordinator", "officer"), 400), everyone, null),
                new Case(caller, "sharing agreements", "GET", "/api/agreements", null,
                        forRoles(caller, Set.of("admin", "auditor"), 200), everyone, null),
                new Case(caller, "change an agreement to nothing", "PUT", "/api/agreements/FOOD/POLICE", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "retention period without a reason", "PUT", "/api/agencies/FIRE/retention", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "linkage datasets", "GET", "/api/linkage/datasets", null,
                        forRoles(caller, Set.of("analyst"), 200), everyone, null),
                // Reference data (docs/reference-data.md): everyone signed in reads what is in use; administrators
                // alone read what is retired and the wording history, and change anything (bad input reaches the
                // rules: 400).
                new Case(caller, "contact points", "GET", "/api/contacts", null,
                        forRoles(caller, ALL_ROLES, 200), everyone, null),
                new Case(caller, "powers directory", "GET", "/api/powers", null,
                        forRoles(caller, ALL_ROLES, 200), everyone, null),
                new Case(caller, "retired indicators", "GET", "/api/indicators?includeInactive=true", null,
                        forRoles(caller, Set.of("admin"), 200), everyone, null),
                new Case(caller, "wording history", "GET", "/api/indicators/HMRC_TWO_TILLS/wordings", null,
                        forRoles(caller, Set.of("admin"), 200), everyone, null),
                new Case(caller, "retired contact points", "GET", "/api/contacts?includeInactive=true", null,
                        forRoles(caller, Set.of("admin"), 200), everyone, null),
                new Case(caller, "retired powers", "GET", "/api/powers?includeInactive=true", null,
                        forRoles(caller, Set.of("admin"), 200), everyone, null),
                new Case(caller, "add an empty agency", "POST", "/api/agencies", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "change an agency to nothing", "PUT", "/api/agencies/FIRE", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "add an empty indicator", "POST", "/api/indicators", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "change an indicator to nothing", "PUT", "/api/indicators/HMRC_TWO_TILLS", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "add an empty contact point", "POST", "/api/contacts", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "add an empty power", "POST", "/api/powers", "{}",
                        forRoles(caller, Set.of("admin"), 400), everyone, null),
                new Case(caller, "lead suggestion without a business", "GET", "/api/visits/lead-suggestion", null,
                        forRoles(caller, Set.of("coordinator", "officer"), 400), everyone, null));
    }

    /** Every routing a desk's inbox lists belongs to the desk's agency (checked in the database). */
    private static Check inboxOnlyOfAgency(String agency) {
        return response -> {
            List<Long> ids = ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getJsonNumber("routingId").longValue()).toList();
            if (ids.isEmpty()) {
                return null;
            }
            try (var db = Database.connect(); var query = db.createStatement();
                 var rows = query.executeQuery("SELECT DISTINCT agency_code FROM routing WHERE id IN ("
                         + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
                List<String> agencies = new ArrayList<>();
                while (rows.next()) {
                    agencies.add(rows.getString(1));
                }
                return agencies.equals(List.of(agency)) ? null : "inbox lists routings of " + agencies;
            }
        };
    }

    private static List<String> run(List<Case> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = cases.stream().<Callable<String>>map(c -> () -> check(c)).toList();
            List<String> failures = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                if (result.get() != null) {
                    failures.add(result.get());
                }
            }
            return failures;
        } finally {
            pool.shutdown();
        }
    }

    private static String check(Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.appUrl() + c.path()))
                .header("Accept", "application/json");
        if (c.caller().authorization() != null) {
            request.header("Authorization", c.caller().authorization());
        }
        if (c.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        }
        HttpResponse<String> response = Stack.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String where = c.caller().name() + " " + c.operation() + " " + c.method() + " " + c.path();
        if (!c.expected().contains(response.statusCode())) {
            return where + ": expected " + c.expected() + " but was " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length()));
        }
        for (String secret : c.mustNotContain()) {
            if (response.body().contains(secret)) {
                return where + ": leaked " + secret;
            }
        }
        String problem = c.extra() == null ? null : c.extra().problem(response);
        return problem == null ? null : where + ": " + problem;
    }

    /** Routings whose status, version or feedback differ from how they were submitted. */
    private static Map<Long, String> routingsUnchanged(List<Fixture> fixtures) throws Exception {
        Map<Long, String> changed = new LinkedHashMap<>();
        try (var db = Database.connect();
             var query = db.prepareStatement("SELECT status, lock_version, outcome_category FROM routing WHERE id = ?")) {
            for (Fixture fixture : fixtures) {
                for (Route route : fixture.routings()) {
                    query.setLong(1, route.id());
                    try (var row = query.executeQuery()) {
                        row.next();
                        if (!"NEW".equals(row.getString(1)) || row.getLong(2) != route.version()
                                || row.getString(3) != null) {
                            changed.put(route.id(), row.getString(1) + " v" + row.getLong(2));
                        }
                    }
                }
            }
        }
        // Referring on makes a new routing: none may exist for the fixtures.
        try (var db = Database.connect();
             var query = db.prepareStatement("SELECT COUNT(*) FROM routing g JOIN referral r ON r.id = g.referral_id"
                     + " WHERE r.reference = ?")) {
            for (Fixture fixture : fixtures) {
                query.setString(1, fixture.reference());
                try (var row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) != fixture.routings().size()) {
                        changed.put(-1L, fixture.reference() + " has " + row.getLong(1) + " routings");
                    }
                }
            }
        }
        return changed;
    }
}
