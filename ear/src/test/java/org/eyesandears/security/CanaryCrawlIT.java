package org.eyesandears.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eyesandears.it.ApiClient;
import org.eyesandears.it.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The canary crawl: a unique canary string in every confidential field of every object type, for
 * several agencies ({@link CanaryCrawlSeed}); then, as every demo user and without a token, every
 * GET operation of the OpenAPI document (with the seeded ids, their neighbours, references and
 * codes) and every page the UI offers (the menu, the links found on pages, the seeded objects'
 * pages), with the CSV, PDF and iCalendar files and the AJAX answers those pages offer; each canary
 * may appear only where the expected-visibility table below, written from docs/security.md ("Who
 * may see each confidential field") and docs/visits.md, governance.md, referrals.md and triage.md,
 * allows. The same holds for naming a restricted agency's interest in a business.
 *
 * <p>The test fails when the OpenAPI document has a GET operation, or the application a page, that
 * {@link #API} or {@link #PAGES} does not list: a new endpoint must be added here.
 */
@ExtendWith(ArquillianExtension.class)
class CanaryCrawlIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Stack.application();
    }

    // ---- who reads ----------------------------------------------------------------------------

    /** A demo user as docs/security.md and realm/eyesandears-users-0.json describe them; role null: no token. */
    record Reader(String name, String role, String agency, boolean partnership) {
        /** "Staff" in the docs: the roles that see the calendar and the register, of an agency. */
        boolean staffOf(String code) {
            return agency != null && agency.equals(code) && staff();
        }

        boolean staff() {
            return role != null && STAFF_ROLES.contains(role);
        }
    }

    static final Set<String> STAFF_ROLES = Set.of("officer", "desk", "coordinator", "manager", "analyst");

    static final List<Reader> READERS = List.of(
            new Reader("officer.food", "officer", "FOOD", false),
            new Reader("officer.fire", "officer", "FIRE", false),
            new Reader("desk.immigration", "desk", "IMMIGRATION", false),
            new Reader("desk.hmrc", "desk", "HMRC", false),
            new Reader("desk.fire", "desk", "FIRE", false),
            new Reader("desk.tradingstandards", "desk", "TRADING_STD", false),
            new Reader("coordinator", "coordinator", "LICENSING", false),
            new Reader("manager", "manager", "FOOD", false),
            new Reader("manager.fire", "manager", "FIRE", false),
            // The partnership-wide manager: no agency claim, the `partnership` role (docs/security.md).
            new Reader("manager.partnership", "manager", null, true),
            new Reader("analyst", "analyst", "POLICE", false),
            new Reader("admin", "admin", "LICENSING", false),
            new Reader("auditor", "auditor", "LICENSING", false),
            new Reader("anonymous", null, null, false));

    // ---- the expected-visibility table ----------------------------------------------------------

    /** Who may read a canary: {@code everywhere} on any request; {@code on} only on requests matching a pattern. */
    record Visibility(String field, Set<String> everywhere, Map<Pattern, Set<String>> on) {
        boolean allows(String reader, String url) {
            if (everywhere.contains(reader)) {
                return true;
            }
            return on.entrySet().stream().anyMatch(e -> e.getValue().contains(reader) && e.getKey().matcher(url).find());
        }

        Visibility alsoOn(Pattern where, String... readers) {
            Map<Pattern, Set<String>> more = new LinkedHashMap<>(on);
            more.put(where, Set.of(readers));
            return new Visibility(field, everywhere, more);
        }
    }

    /** The auditor's subject access and "who has seen": the audit pages and API. */
    static final Pattern AUDIT = Pattern.compile("/audit/");
    /** The dashboard's drill-downs and their CSV: the reporting pages and /api/stats. */
    static final Pattern REPORTING = Pattern.compile("/reporting/|/api/stats/");

    static Visibility row(String field, String... readers) {
        return new Visibility(field, new TreeSet<>(List.of(readers)), Map.of());
    }

    static String[] plus(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /**
     * The table, field by field, as docs/security.md states each rule, for the data of
     * {@link CanaryCrawlSeed}. Where the rule depends on an agreement in force now, it is read from
     * the sharing agreements register at the start of the run.
     */
    static Map<String, Visibility> expected(Agreements agreements) {
        Map<String, Visibility> t = new LinkedHashMap<>();
        // Referral observation, people named, handling conditions, attachment names: the author, managers of
        // the author's agency, desks of each agency routed to (onward routings included); the auditor only
        // through subject access and who-has-seen (names matched; handling conditions are in the subject
        // access report by governance.md).
        String[] r1 = {"officer.food", "manager", "desk.fire", "desk.hmrc", "desk.immigration", "desk.tradingstandards"};
        String[] r2 = {"officer.fire", "manager.fire", "desk.hmrc"};
        String[] r3 = {"officer.fire", "manager.fire", "desk.immigration", "desk.tradingstandards"};
        for (Map.Entry<String, String[]> r : Map.of("R1", r1, "R2", r2, "R3", r3).entrySet()) {
            t.put(r.getKey() + ".OBSERVATION", row("referral observation", r.getValue()));
            t.put(r.getKey() + ".ATTACHMENT_NAME", row("attachment name", r.getValue()));
            t.put(r.getKey() + ".PERSON", row("person named", r.getValue()).alsoOn(AUDIT, "auditor"));
        }
        // Handling conditions also appear, by governance.md, in the dashboard drill-downs, which the dashboard row
        // of the table gives to managers of the receiving agency ("its own routings") and to the partnership
        // manager; nowhere else for them.
        t.put("R1.CONDITIONS", row("handling conditions", r1).alsoOn(AUDIT, "auditor")
                .alsoOn(REPORTING, "manager.fire", "manager.partnership"));
        t.put("R3.CONDITIONS", row("handling conditions", r3).alsoOn(AUDIT, "auditor")
                .alsoOn(REPORTING, "manager.partnership"));
        // A desk's question and the officer's answer: the author, the author's agency's managers, that routing's desk.
        t.put("R1.FIRE.QUESTION", row("desk question", "officer.food", "manager", "desk.fire"));
        t.put("R1.FIRE.ANSWER", row("officer answer", "officer.food", "manager", "desk.fire"));
        t.put("R2.HMRC.QUESTION", row("desk question", "officer.fire", "manager.fire", "desk.hmrc"));
        t.put("R2.HMRC.ANSWER", row("officer answer", "officer.fire", "manager.fire", "desk.hmrc"));
        t.put("R3.IMMIGRATION.QUESTION", row("desk question", "officer.fire", "manager.fire", "desk.immigration"));
        t.put("R3.IMMIGRATION.ANSWER", row("officer answer", "officer.fire", "manager.fire", "desk.immigration"));
        // Information requests between desks: the question and the answer (or reason for declining), the desks of
        // the asking and the asked agency only.
        t.put("IR1.QUESTION", row("information request question", "desk.fire", "desk.immigration"));
        t.put("IR1.ANSWER", row("information request answer", "desk.fire", "desk.immigration"));
        t.put("IR2.QUESTION", row("information request question", "desk.fire", "desk.hmrc"));
        t.put("IR2.ANSWER", row("information request reason", "desk.fire", "desk.hmrc"));
        // Routing reasons (moved, referred on, closed): the desks of that routing's agency only.
        t.put("R1.FIRE.MOVE_REASON", row("routing reason", "desk.fire"));
        t.put("R1.FIRE.CLOSE_REASON", row("routing reason (closed)", "desk.fire"));
        t.put("R1.HMRC.MOVE_REASON", row("routing reason", "desk.hmrc"));
        t.put("R1.IMMIGRATION.REFER_REASON", row("routing reason (referred on)", "desk.immigration"));
        t.put("R3.TRADING_STD.MOVE_REASON", row("routing reason", "desk.tradingstandards"));
        // Feedback comment: that routing's desk; the author and their agency's managers only while the agreement
        // in force now from the author's agency to the routing's is FULL.
        t.put("R1.FIRE.FEEDBACK", agreements.full("FOOD", "FIRE")
                ? row("feedback comment", "desk.fire", "officer.food", "manager") : row("feedback comment", "desk.fire"));
        t.put("R3.TRADING_STD.FEEDBACK", agreements.full("FIRE", "TRADING_STD")
                ? row("feedback comment", "desk.tradingstandards", "officer.fire", "manager.fire")
                : row("feedback comment", "desk.tradingstandards"));
        // Visit risk notes, findings, follow-up tasks, overridden clash warnings' reasons: the planner and staff of
        // the agencies taking part that have not declined (lead, accepted, still invited).
        // V1: planner coordinator (Licensing, lead); Immigration accepted; HMRC still invited; Fire declined.
        String[] v1 = {"coordinator", "desk.immigration", "desk.hmrc"};
        for (String f : List.of("V1.RISK_NOTES", "V1.OVERRIDE", "V1.FINDINGS.LICENSING", "V1.FINDINGS.IMMIGRATION",
                "V1.FOLLOW_UP")) {
            t.put(f, row("visit " + f.substring(3).toLowerCase(), v1));
        }
        // An agency's reason for declining: the declining agency's staff, the planner, the lead agency's staff.
        t.put("V1.DECLINE.FIRE", row("decline reason", "officer.fire", "desk.fire", "manager.fire", "coordinator"));
        // V4: planned by the coordinator over V1's clash warning; Food invited.
        t.put("V4.RISK_NOTES", row("visit risk notes", "coordinator", "officer.food", "manager"));
        t.put("V4.OVERRIDE", row("clash override reason", "coordinator", "officer.food", "manager"));
        // V2: Fire's officer alone, cancelled. Cancellation reason: the planner and the agencies taking part.
        t.put("V2.RISK_NOTES", row("visit risk notes", "officer.fire", "desk.fire", "manager.fire"));
        t.put("V2.OVERRIDE", row("clash override reason", "officer.fire", "desk.fire", "manager.fire"));
        t.put("V2.CANCEL", row("cancel reason", "officer.fire", "desk.fire", "manager.fire"));
        // V3: Licensing leads, Immigration accepted, HMRC declined; cancelled by the coordinator.
        t.put("V3.RISK_NOTES", row("visit risk notes", "coordinator", "desk.immigration"));
        t.put("V3.OVERRIDE", row("clash override reason", "coordinator", "desk.immigration"));
        t.put("V3.CANCEL", row("cancel reason", "coordinator", "desk.immigration"));
        t.put("V3.DECLINE.HMRC", row("decline reason", "desk.hmrc", "coordinator"));
        // Dataset rows: staff of the dataset's agency; staff of another agency only while an agreement from the
        // dataset's agency to theirs is in force and allows referrals.
        for (String agency : List.of("FOOD", "FIRE", "HMRC")) {
            String[] readers = READERS.stream().filter(r -> r.staffOf(agency)
                            || (r.agency() != null && r.staff() && agreements.refers(agency, r.agency())))
                    .map(Reader::name).toArray(String[]::new);
            // Not the phone: a row that starts a register entry gives it its name, address and phone,
            // which the register shares with all staff (docs/security.md), like names and addresses.
            // The record type stands for everything the agency recorded (type, status, rating, date; ADR 0032).
            for (String part : List.of("REFERENCE", "CONTACT", "TYPE")) {
                t.put("D." + agency + "." + part, row("dataset row " + part.toLowerCase(), readers));
            }
        }
        return t;
    }

    /**
     * That agency X has an interest in a business: by name, staff of X; coordinators and analysts of Y
     * while an agreement in force from X to Y shares interest (the seed agreements share interest except
     * from HMRC, Immigration and the police). Those who may read a referral see the agencies it went to,
     * so they are allowed too. Checked on every answer about that business.
     */
    record Interest(String key, String businessKey, String agency, String agencyName, Set<String> allowed) {
    }

    static List<Interest> interests(Agreements agreements) {
        Function<String, Set<String>> byName = agency -> READERS.stream()
                .filter(r -> r.staffOf(agency) || (("coordinator".equals(r.role()) || "analyst".equals(r.role()))
                        && r.agency() != null && agreements.sharesInterest(agency, r.agency())))
                .map(Reader::name).collect(Collectors.toCollection(TreeSet::new));
        List<Interest> list = new ArrayList<>();
        Set<String> r1 = Set.of("officer.food", "manager", "desk.fire", "desk.hmrc", "desk.immigration", "desk.tradingstandards");
        list.add(interest("R1.HMRC", "R1", "HMRC", "HMRC (tax and national minimum wage)", byName, r1));
        list.add(interest("R1.IMMIGRATION", "R1", "IMMIGRATION", "Home Office Immigration Enforcement", byName, r1));
        list.add(interest("R2.HMRC", "R2", "HMRC", "HMRC (tax and national minimum wage)", byName,
                Set.of("officer.fire", "manager.fire", "desk.hmrc")));
        list.add(interest("R3.IMMIGRATION", "R3", "IMMIGRATION", "Home Office Immigration Enforcement", byName,
                Set.of("officer.fire", "manager.fire", "desk.immigration", "desk.tradingstandards")));
        list.add(interest("D.HMRC", "D.HMRC", "HMRC", "HMRC (tax and national minimum wage)", byName, Set.of()));
        return list;
    }

    private static Interest interest(String key, String business, String agency, String name,
                                     Function<String, Set<String>> byName, Set<String> referralReaders) {
        Set<String> allowed = new TreeSet<>(byName.apply(agency));
        allowed.addAll(referralReaders);
        return new Interest(key, business, agency, name, allowed);
    }

    /** The sharing agreements register as it is now (other tests may have changed the seed). */
    record Agreements(Map<String, JsonObject> byPair) {
        private JsonObject get(String from, String to) {
            JsonObject a = byPair.get(from + ">" + to);
            return a != null && a.getBoolean("inForce", false) ? a : null;
        }

        boolean full(String from, String to) {
            JsonObject a = get(from, to);
            return a != null && "FULL".equals(a.getString("disclosureLevel", ""));
        }

        boolean refers(String from, String to) {
            JsonObject a = get(from, to);
            return a != null && a.getBoolean("mayRefer", false);
        }

        /** The agreement's own term when the register has one; else the seed's rule (ADR 0017, security.md). */
        boolean sharesInterest(String from, String to) {
            JsonObject a = get(from, to);
            if (a == null) {
                return false;
            }
            if (a.containsKey("sharesInterest")) {
                return a.getBoolean("sharesInterest");
            }
            return !Set.of("HMRC", "IMMIGRATION", "POLICE").contains(from);
        }
    }

    // ---- what is requested --------------------------------------------------------------------

    /**
     * Every GET operation of the OpenAPI document, with the requests made for it. A GET operation
     * not listed here fails the test.
     */
    static Map<String, Function<CanaryCrawlSeed, List<String>>> API = api();

    private static Map<String, Function<CanaryCrawlSeed, List<String>>> api() {
        Map<String, Function<CanaryCrawlSeed, List<String>>> m = new LinkedHashMap<>();
        String from = LocalDate.now().minusDays(40).toString();
        String to = LocalDate.now().plusDays(1).toString();
        String period = "from=" + from + "&to=" + to;
        String instants = "from=" + Instant.now().minus(Duration.ofDays(40)) + "&to=" + Instant.now().plus(Duration.ofDays(60));
        m.put("/api/agencies", s -> List.of("/api/agencies"));
        m.put("/api/indicators", s -> List.of("/api/indicators", "/api/indicators?includeInactive=true"));
        m.put("/api/indicators/{code}/wordings", s -> List.of("/api/indicators/HMRC_TWO_TILLS/wordings",
                "/api/indicators/FIRE_SLEEPING/wordings"));
        m.put("/api/contacts", s -> List.of("/api/contacts", "/api/contacts?includeInactive=true"));
        m.put("/api/powers", s -> List.of("/api/powers", "/api/powers?includeInactive=true"));
        m.put("/api/concern-card.pdf", s -> List.of("/api/concern-card.pdf"));
        m.put("/api/me", s -> List.of("/api/me"));
        m.put("/api/me/notifications", s -> List.of("/api/me/notifications"));
        m.put("/api/admin/users", s -> List.of("/api/admin/users"));
        m.put("/api/agreements", s -> List.of("/api/agreements"));
        m.put("/api/agreements/{from}/{to}/history", s -> List.of("/api/agreements/FOOD/FIRE/history",
                "/api/agreements/HMRC/FIRE/history"));
        m.put("/api/audit/records", s -> List.of("/api/audit/records?" + period,
                "/api/audit/records?objectType=referral&" + period, "/api/audit/records?objectType=visit&" + period));
        m.put("/api/audit/records.csv", s -> List.of("/api/audit/records.csv?" + period));
        m.put("/api/audit/referrals/{reference}/viewers", s -> s.reference.values().stream()
                .map(r -> "/api/audit/referrals/" + r + "/viewers").toList());
        m.put("/api/audit/subject-access", CanaryCrawlIT::subjectAccessQueries);
        m.put("/api/businesses", s -> Stream.concat(Stream.of("/api/businesses?name=Canary&max=200"),
                s.postcode.values().stream().map(p -> "/api/businesses?postcode=" + CanaryCrawlWeb.enc(p))).toList());
        m.put("/api/businesses/shared", s -> List.of("/api/businesses/shared?max=500"));
        m.put("/api/businesses/types", s -> List.of("/api/businesses/types"));
        m.put("/api/businesses/{id}", s -> neighbours(s.business.values()).map(id -> "/api/businesses/" + id).toList());
        m.put("/api/linkage/thresholds", s -> List.of("/api/linkage/thresholds"));
        m.put("/api/linkage/datasets", s -> List.of("/api/linkage/datasets"));
        m.put("/api/linkage/imports", s -> List.of("/api/linkage/imports?max=200"));
        m.put("/api/linkage/imports/{id}", s -> neighbours(s.importJob.values()).map(id -> "/api/linkage/imports/" + id).toList());
        m.put("/api/linkage/imports/{id}/problems", s -> s.importJob.values().stream()
                .map(id -> "/api/linkage/imports/" + id + "/problems").toList());
        m.put("/api/linkage/review", s -> List.of("/api/linkage/review?max=500"));
        m.put("/api/linkage/review/{id}", CanaryCrawlIT::reviewPairs);
        m.put("/api/information-requests", s -> List.of("/api/information-requests"));
        m.put("/api/tasking-pack", s -> List.of("/api/tasking-pack"));
        m.put("/api/tasking-pack.pdf", s -> List.of("/api/tasking-pack.pdf"));
        m.put("/api/information-requests/{id}", s -> s.request.values().stream()
                .map(id -> "/api/information-requests/" + id).toList());
        m.put("/api/inbox", s -> List.of("/api/inbox?max=200", "/api/inbox?max=200&business=Canary",
                "/api/inbox?max=200&status=CLOSED", "/api/inbox?max=200&status=REFERRED_ON"));
        m.put("/api/overdue", s -> List.of("/api/overdue"));
        m.put("/api/referrals", s -> List.of("/api/referrals?mine=true&max=200", "/api/referrals?max=200"));
        m.put("/api/referrals/{reference}", s -> s.reference.values().stream().map(r -> "/api/referrals/" + r).toList());
        m.put("/api/referrals/{reference}/visits", s -> s.reference.values().stream()
                .map(r -> "/api/referrals/" + r + "/visits").toList());
        m.put("/api/retention/queue", s -> List.of("/api/retention/queue"));
        m.put("/api/retention/{reference}", s -> s.reference.values().stream().map(r -> "/api/retention/" + r).toList());
        m.put("/api/retention/{kind}/queue", s -> List.of("/api/retention/visits/queue",
                "/api/retention/source-records/queue"));
        m.put("/api/retention/{kind}/{id}", s -> Stream.concat(
                neighbours(s.visit.values()).map(id -> "/api/retention/visits/" + id),
                neighbours(sourceRecords(s)).map(id -> "/api/retention/source-records/" + id)).toList());
        m.put("/api/calendar-feed", s -> List.of("/api/calendar-feed"));
        m.put("/api/admin/calendar-feeds", s -> List.of("/api/admin/calendar-feeds"));
        m.put("/api/stats/summary", s -> List.of("/api/stats/summary?" + period, "/api/stats/summary?" + period + "&agency=FIRE"));
        m.put("/api/stats/routings", s -> drillDowns("/api/stats/routings", period));
        m.put("/api/stats/routings.csv", s -> drillDowns("/api/stats/routings.csv", period));
        m.put("/api/stats/routings/feedback", s -> AGENCIES.stream()
                .map(a -> "/api/stats/routings/feedback?" + period + "&agency=" + a + "&usefulness=USEFUL").toList());
        m.put("/api/stats/visits", s -> Stream.of("HELD", "AGENCIES", "OUTCOME_RECORDED", "FOLLOW_UPS_OVERDUE")
                .flatMap(k -> Stream.of("ALL", "LICENSING", "IMMIGRATION", "FIRE", "FOOD")
                        .map(a -> "/api/stats/visits?kind=" + k + "&" + period + "&agency=" + a + "&size=2"))
                .toList());
        m.put("/api/stats/businesses", s -> List.of("/api/stats/businesses?" + period + "&agencies=2",
                "/api/stats/businesses?" + period + "&agencies=3"));
        m.put("/api/stats/referrals", s -> List.of("/api/stats/referrals?" + period + "&officer=officer.food",
                "/api/stats/referrals?" + period + "&officer=officer.fire", "/api/stats/referrals?" + period + "&noTeam=true",
                "/api/stats/referrals?" + period + "&team=Food%20North", "/api/stats/referrals?" + period
                        + "&team=Fire%20Protection%20Luton"));
        m.put("/api/stats/export/{table}.csv", s -> Stream.of("matrix", "agencies", "usefulness", "outcomes", "officers",
                "businesses", "overdue", "targets", "visits", "visit_sizes", "visit_agencies", "teams", "follow_ups")
                .map(table -> "/api/stats/export/" + table + ".csv?" + period).toList());
        m.put("/api/stats/export/summary.pdf", s -> List.of("/api/stats/export/summary.pdf?" + period,
                "/api/stats/export/summary.pdf?" + period + "&agency=FIRE"));
        m.put("/api/stats/targets", s -> List.of("/api/stats/targets"));
        m.put("/api/visits", s -> Stream.concat(Stream.of("/api/visits?" + instants),
                s.business.values().stream().map(b -> "/api/visits?" + instants + "&businessId=" + b)).toList());
        m.put("/api/visits/referral-options", s -> s.business.values().stream()
                .map(b -> "/api/visits/referral-options?businessId=" + b).toList());
        m.put("/api/visits/conflicts", s -> s.business.values().stream()
                .map(b -> "/api/visits/conflicts?businessId=" + b + "&" + instants).toList());
        m.put("/api/visits/suggestions", s -> Stream.concat(s.business.values().stream()
                        .map(b -> "/api/visits/suggestions?businessId=" + b),
                s.postcode.values().stream().map(p -> "/api/visits/suggestions?district=" + p.split(" ")[0])).toList());
        m.put("/api/visits/lead-suggestion", s -> s.business.values().stream().flatMap(b -> Stream.of(
                "/api/visits/lead-suggestion?businessId=" + b, "/api/visits/lead-suggestion?businessId=" + b
                        + "&purpose=ENFORCEMENT")).toList());
        m.put("/api/visits/{id}", s -> neighbours(s.visit.values()).map(id -> "/api/visits/" + id).toList());
        m.put("/api/visits/{id}/calendar.ics", s -> neighbours(s.visit.values()).map(id -> "/api/visits/" + id + "/calendar.ics").toList());
        m.put("/api/visits/{id}/briefing.pdf", s -> neighbours(s.visit.values()).map(id -> "/api/visits/" + id + "/briefing.pdf").toList());
        m.put("/api/operations", s -> List.of("/api/operations"));
        m.put("/api/follow-ups", s -> List.of("/api/follow-ups"));
        return m;
    }

    /** The ids of the seeded datasets' rows. */
    private static List<Long> sourceRecords(CanaryCrawlSeed s) {
        List<Long> ids = new ArrayList<>();
        try (java.sql.Connection c = org.eyesandears.it.Database.connect();
             java.sql.PreparedStatement q = c.prepareStatement("SELECT id FROM source_record WHERE dataset_id = ?")) {
            for (long dataset : s.dataset.values()) {
                q.setLong(1, dataset);
                try (java.sql.ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    static final List<String> AGENCIES = List.of("FOOD", "FIRE", "HMRC", "IMMIGRATION", "TRADING_STD", "LICENSING", "POLICE");

    private static List<String> drillDowns(String path, String period) {
        List<String> urls = new ArrayList<>();
        for (String kind : List.of("RECEIVED", "SENT", "FEEDBACK_GIVEN", "NO_FEEDBACK", "OVERDUE_DECISION", "OVERDUE_FEEDBACK")) {
            for (String agency : AGENCIES) {
                urls.add(path + "?kind=" + kind + "&" + period + "&agency=" + agency);
            }
        }
        for (String[] flow : List.of(new String[] {"FOOD", "FIRE"}, new String[] {"FOOD", "HMRC"},
                new String[] {"FIRE", "HMRC"}, new String[] {"FIRE", "IMMIGRATION"}, new String[] {"IMMIGRATION", "TRADING_STD"})) {
            urls.add(path + "?kind=FLOW&" + period + "&agency=" + flow[0] + "&toAgency=" + flow[1]);
        }
        return urls;
    }

    private static List<String> subjectAccessQueries(CanaryCrawlSeed s) {
        List<String> names = new ArrayList<>(List.of("Canary", s.run));
        // The people named, as a data subject would ask; not the other canaries, whose text the answer would echo.
        s.canary.entrySet().stream().filter(e -> e.getKey().endsWith(".PERSON")).forEach(e -> names.add(e.getValue()));
        return names.stream().map(n -> "/api/audit/subject-access?name=" + CanaryCrawlWeb.enc(n)).toList();
    }

    /** The review queue's pairs are numbered by the database: the newest few, whatever they are. */
    private static List<String> reviewPairs(CanaryCrawlSeed s) {
        try (var db = org.eyesandears.it.Database.connect(); var q = db.createStatement();
             var rs = q.executeQuery("SELECT COALESCE(MAX(id), 0) FROM match_candidate")) {
            rs.next();
            long max = rs.getLong(1);
            return LongStream.rangeClosed(Math.max(1, max - 3), max + 1).mapToObj(id -> "/api/linkage/review/" + id).toList();
        } catch (java.sql.SQLException e) {
            return List.of("/api/linkage/review/1", "/api/linkage/review/2");
        }
    }

    private static Stream<Long> neighbours(Collection<Long> ids) {
        return ids.stream().flatMap(id -> Stream.of(id - 1, id, id + 1)).distinct().sorted();
    }

    /**
     * Every page of the application (views outside WEB-INF), with the addresses requested besides
     * those the crawl finds by following links. A page not listed here fails the test.
     */
    static Map<String, Function<CanaryCrawlSeed, List<String>>> PAGES = pages();

    private static Map<String, Function<CanaryCrawlSeed, List<String>>> pages() {
        Map<String, Function<CanaryCrawlSeed, List<String>>> m = new LinkedHashMap<>();
        String period = "from=" + LocalDate.now().minusDays(40) + "&to=" + LocalDate.now().plusDays(1);
        m.put("index.xhtml", s -> List.of("/", "/index.xhtml"));
        m.put("admin/agencies.xhtml", s -> List.of("/admin/agencies.xhtml"));
        m.put("admin/agreements.xhtml", s -> List.of("/admin/agreements.xhtml"));
        m.put("admin/indicators.xhtml", s -> List.of("/admin/indicators.xhtml"));
        m.put("admin/retention-periods.xhtml", s -> List.of("/admin/retention-periods.xhtml"));
        m.put("admin/targets.xhtml", s -> List.of("/admin/targets.xhtml"));
        m.put("admin/users.xhtml", s -> List.of("/admin/users.xhtml"));
        m.put("audit/subject-access.xhtml", s -> List.of("/audit/subject-access.xhtml"));
        m.put("audit/trail.xhtml", s -> s.reference.values().stream().map(r -> "/audit/trail.xhtml?reference=" + r).toList());
        m.put("business/business.xhtml", s -> neighbours(s.business.values()).map(id -> "/business/business.xhtml?id=" + id).toList());
        // A fragment included by the radar and business pages, not a page of its own.
        m.put("business/hits.xhtml", s -> List.of());
        m.put("business/how-matching-works.xhtml", s -> List.of("/business/how-matching-works.xhtml"));
        // Each also by the address it had before it moved (MovedPagesFilter), which e-mails and bookmarks hold.
        m.put("business/import.xhtml", s -> List.of("/business/import.xhtml", "/linkage/import.xhtml"));
        m.put("business/radar.xhtml", s -> List.of("/business/radar.xhtml"));
        m.put("business/review.xhtml", s -> List.of("/business/review.xhtml", "/linkage/review.xhtml"));
        m.put("public/error.xhtml", s -> List.of("/public/error.xhtml"));
        m.put("public/signed-out.xhtml", s -> List.of("/public/signed-out.xhtml"));
        m.put("referral/concern-card.xhtml", s -> Stream.concat(Stream.of("/referral/concern-card.xhtml"),
                s.visit.values().stream().map(v -> "/referral/concern-card.xhtml?visit=" + v)).toList());
        m.put("referral/detail.xhtml", s -> s.reference.values().stream().map(r -> "/referral/detail.xhtml?ref=" + r).toList());
        m.put("referral/my-referrals.xhtml", s -> List.of("/referral/my-referrals.xhtml"));
        m.put("reporting/businesses.xhtml", s -> List.of("/reporting/businesses.xhtml?" + period + "&agencies=2"));
        m.put("reporting/dashboard.xhtml", s -> List.of("/reporting/dashboard.xhtml?" + period,
                "/reporting/dashboard.xhtml?" + period + "&agency=FIRE", "/reporting/dashboard.xhtml?" + period + "&agency=FOOD"));
        m.put("reporting/referrals.xhtml", s -> List.of("/reporting/referrals.xhtml?" + period + "&officer=officer.fire",
                "/reporting/referrals.xhtml?" + period + "&officer=officer.food"));
        m.put("reporting/routings.xhtml", s -> drillDowns("/reporting/routings.xhtml", period));
        m.put("reporting/visits.xhtml", s -> Stream.of("HELD", "OUTCOME_RECORDED")
                .flatMap(k -> Stream.of("ALL", "LICENSING", "IMMIGRATION").map(a -> "/reporting/visits.xhtml?kind=" + k
                        + "&" + period + "&agency=" + a)).toList());
        // Not views but servlets of the signed-in browser: the dashboard's downloads (the same files as
        // /api/stats/export, which takes bearer tokens only) and the links of e-mails and feeds.
        m.put("reporting/export/* (DashboardExportServlet)", s -> Stream.concat(Stream.of("matrix", "agencies",
                "usefulness", "outcomes", "officers", "businesses", "overdue", "targets", "visits", "visit_sizes",
                "visit_agencies", "teams", "follow_ups").map(table -> "/reporting/export/" + table + ".csv?" + period),
                Stream.of("/reporting/export/summary.pdf?" + period, "/reporting/export/summary.pdf?" + period
                        + "&agency=FIRE", "/reporting/export/agencies.csv?" + period + "&agency=FOOD")).toList());
        m.put("open/* (DeepLinkServlet)", s -> Stream.of(
                s.reference.values().stream().map(r -> "/open/referral/" + r),
                s.visit.values().stream().map(v -> "/open/visit/" + v),
                s.request.values().stream().map(id -> "/open/request/" + id)).flatMap(x -> x).toList());
        m.put("retention/queue.xhtml", s -> List.of("/retention/queue.xhtml"));
        m.put("tasking/pack.xhtml", s -> List.of("/tasking/pack.xhtml"));
        m.put("triage/inbox.xhtml", s -> List.of("/triage/inbox.xhtml"));
        m.put("triage/requests.xhtml", s -> Stream.concat(Stream.of("/triage/requests.xhtml"), Stream.concat(
                s.request.values().stream().map(id -> "/triage/requests.xhtml?id=" + id),
                s.business.values().stream().map(id -> "/triage/requests.xhtml?businessId=" + id))).toList());
        m.put("user/notifications.xhtml", s -> List.of("/user/notifications.xhtml"));
        m.put("user/profile.xhtml", s -> List.of("/user/profile.xhtml"));
        m.put("user/sign-out.xhtml", s -> List.of("/user/sign-out.xhtml"));
        m.put("visit/briefing.xhtml", s -> neighbours(s.visit.values()).map(id -> "/visit/briefing.xhtml?id=" + id).toList());
        m.put("visit/calendar.xhtml", s -> List.of("/visit/calendar.xhtml"));
        m.put("visit/feed.xhtml", s -> List.of("/visit/feed.xhtml"));
        m.put("visit/operations.xhtml", s -> List.of("/visit/operations.xhtml"));
        m.put("visit/plan.xhtml", s -> Stream.concat(Stream.of("/visit/plan.xhtml"),
                s.visit.values().stream().map(v -> "/visit/plan.xhtml?id=" + v)).toList());
        m.put("visit/visit.xhtml", s -> neighbours(s.visit.values()).map(id -> "/visit/visit.xhtml?id=" + id).toList());
        return m;
    }

    /**
     * Canaries the application shows to no one by design today, so no allowed reader is required to
     * have seen them: a routing's reasons (moved, referred on, closed) are kept with the routing's
     * events, and the referral page shows only the open question. They are still checked everywhere.
     */
    static final Pattern SHOWN_NOWHERE = Pattern.compile("\\.(MOVE_REASON|CLOSE_REASON|REFER_REASON)$");

    /** Links the crawl does not follow: they end the session or change something by a GET. */
    static final Pattern NOT_FOLLOWED = Pattern.compile("^/(logout|jakarta\\.faces\\.resource/|public/backchannel-logout)");

    // ---- the test -----------------------------------------------------------------------------

    /** One answer as a reader got it, its text decoded (PDF text extracted, iCalendar unfolded). */
    record Fetched(String reader, String kind, String url, int status, String text, Set<Long> aboutBusinesses) {
    }

    record Appearance(String reader, String key, String field, String url, boolean allowed) {
    }

    @Test
    void everyCanaryAppearsOnlyWhereTheExpectedVisibilityTableAllows() throws Exception {
        Instant started = Instant.now();
        Map<String, ApiClient> clients = new LinkedHashMap<>();
        for (Reader r : READERS) {
            if (r.role() != null) {
                clients.put(r.name(), ApiClient.as(r.name()));
            }
        }
        for (Reader r : READERS) {
            if (r.role() != null) {
                JsonObject me = ApiClient.object(clients.get(r.name()).get("/api/me"));
                assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList()).as(r.name() + "'s roles").contains(r.role());
                assertThat(me.containsKey("agency") && me.get("agency").getValueType() == JsonValue.ValueType.STRING
                        ? me.getString("agency") : null).as(r.name() + "'s agency claim").isEqualTo(r.agency());
            }
        }

        CanaryCrawlSeed seed = new CanaryCrawlSeed(clients);
        seed.seed();
        Agreements agreements = new Agreements(ApiClient.array(clients.get("admin").get("/api/agreements"))
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                        a -> a.getString("fromAgency") + ">" + a.getString("toAgency"), a -> a)));
        Map<String, Visibility> table = expected(agreements);
        List<Interest> interests = interests(agreements);
        assertThat(seed.canary.keySet()).as("every seeded canary has a row in the table")
                .allMatch(table::containsKey);
        Map<String, String> feeds = feeds(clients);
        Instant seeded = Instant.now();

        // Everything the application offers must be in the crawl's tables.
        Set<String> operations = openApiGets();
        assertThat(operations).as("GET operations of /openapi that the crawl's table (API) does not cover: add them")
                .isSubsetOf(API.keySet());
        Set<String> views = views();
        assertThat(views).as("pages of the application that the crawl's table (PAGES) does not cover: add them")
                .isSubsetOf(PAGES.keySet());

        // Fresh tokens for the crawl (they live five minutes), then every reader in parallel.
        Map<String, ApiClient> crawlers = new HashMap<>();
        for (Reader r : READERS) {
            crawlers.put(r.name(), r.role() == null ? ApiClient.withRawToken(null) : ApiClient.as(r.name()));
        }
        ConcurrentLinkedQueue<Fetched> fetched = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (Reader r : READERS) {
            work.add(pool.submit(() -> {
                crawlApi(r, crawlers.get(r.name()), seed, fetched);
                return null;
            }));
            work.add(pool.submit(() -> {
                crawlPages(r, seed, feeds.get(r.name()), fetched);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        // Check every answer for every canary and every restricted agency's interest.
        List<Appearance> appearances = new ArrayList<>();
        long cases = 0;
        Map<String, String> stripped = new LinkedHashMap<>();
        seed.canary.forEach((k, v) -> stripped.put(k, v.replaceAll("\\s", "")));
        List<String> interestProblems = new ArrayList<>();
        for (Fetched f : fetched) {
            String text = f.text().replaceAll("\\s", "");
            for (Map.Entry<String, String> c : stripped.entrySet()) {
                cases++;
                if (text.contains(c.getValue())) {
                    Visibility v = table.get(c.getKey());
                    appearances.add(new Appearance(f.reader(), c.getKey(), v.field(), f.url(), v.allows(f.reader(), f.url())));
                }
            }
            for (Interest i : interests) {
                long businessId = seed.business.get(i.businessKey());
                if (!f.aboutBusinesses().contains(businessId)) {
                    continue;
                }
                cases++;
                boolean named = f.text().contains(i.agencyName())
                        || Pattern.compile("(?<![A-Za-z_])" + i.agency() + "(?![A-Za-z_])").matcher(f.text()).find();
                if (named && !i.allowed().contains(f.reader())) {
                    interestProblems.add("interest of " + i.agency() + " in business " + i.businessKey() + " (" + businessId
                            + ") named to " + f.reader() + " at " + f.url());
                }
            }
        }
        List<Appearance> unexpected = appearances.stream().filter(a -> !a.allowed()).toList();
        Set<String> seenByAllowed = appearances.stream().filter(Appearance::allowed).map(Appearance::key)
                .collect(Collectors.toSet());
        List<String> neverSeen = seed.canary.keySet().stream().filter(k -> !seenByAllowed.contains(k))
                .filter(k -> !SHOWN_NOWHERE.matcher(k).find()).toList();
        List<String> calendarsWithoutVisits = fetched.stream().filter(f -> f.kind().equals("ajax calendar events"))
                .filter(f -> !f.text().contains("\"events\"") || !f.text().contains("Canary V1 " + seed.run))
                .map(Fetched::reader).toList();

        Path report = report(seed, table, fetched, appearances, interestProblems, cases);
        Duration took = Duration.between(started, Instant.now());
        System.out.printf("CanaryCrawlIT: %d cases (%d answers x %d canaries, plus %d interest checks), %d canary"
                        + " appearances, %d unexpected, %d unexpected interest namings; seeding %d s, crawl and checks %d s,"
                        + " %d s in all; report %s%n",
                cases, fetched.size(), seed.canary.size(), cases - (long) fetched.size() * seed.canary.size(),
                appearances.size(), unexpected.size(), interestProblems.size(),
                Duration.between(started, seeded).toSeconds(), Duration.between(seeded, Instant.now()).toSeconds(),
                took.toSeconds(), report);

        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(calendarsWithoutVisits).as("calendar AJAX answers without the seeded visits' outline").isEmpty();
            soft.assertThat(fetched.stream().filter(f -> f.kind().equals("ajax calendar events")).map(Fetched::reader))
                    .as("readers whose calendar's AJAX answer was checked")
                    .containsExactlyInAnyOrderElementsOf(READERS.stream().filter(Reader::staff).map(Reader::name).toList());
            soft.assertThat(neverSeen).as("canaries no allowed reader ever saw (the seeding or the crawl missed them)")
                    .isEmpty();
            soft.assertThat(unexpected.stream().map(a -> a.field() + " " + a.key() + " to " + a.reader() + " at "
                    + a.url()).distinct().toList())
                    .as("canaries that appeared where docs/security.md does not allow (full report: " + report + ")")
                    .isEmpty();
            soft.assertThat(interestProblems).as("restricted agencies' interest named where the docs do not allow")
                    .isEmpty();
        });
    }

    // ---- crawling -----------------------------------------------------------------------------

    private void crawlApi(Reader reader, ApiClient client, CanaryCrawlSeed seed, Collection<Fetched> out) throws Exception {
        for (Function<CanaryCrawlSeed, List<String>> urls : API.values()) {
            for (String url : urls.apply(seed)) {
                HttpResponse<byte[]> response = client.download(url, "application/json, text/csv, application/pdf,"
                        + " text/calendar, */*");
                out.add(new Fetched(reader.name(), "api", url, response.statusCode(),
                        decode(response.body(), response.headers().firstValue("Content-Type").orElse("")), about(url, seed)));
            }
        }
    }

    private void crawlPages(Reader reader, CanaryCrawlSeed seed, String feed, Collection<Fetched> out) throws Exception {
        CanaryCrawlWeb web = CanaryCrawlWeb.signIn(reader.role() == null ? null : reader.name());
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Function<CanaryCrawlSeed, List<String>> urls : PAGES.values()) {
            queue.addAll(urls.apply(seed));
        }
        if (feed != null) {
            queue.add(feed);
        }
        int budget = 600;
        while (!queue.isEmpty() && seen.size() < budget) {
            String url = queue.poll();
            if (!seen.add(url) || NOT_FOLLOWED.matcher(url).find()) {
                continue;
            }
            CanaryCrawlWeb.Page page = web.get(url);
            String text = decode(page.bytes(), page.contentType());
            out.add(new Fetched(reader.name(), "page", url, page.status(), text, about(url, seed)));
            if (page.contentType().startsWith("text/html") && page.url().startsWith(Stack.appUrl())) {
                for (String link : CanaryCrawlWeb.links(page.body())) {
                    if (!seen.contains(link) && seeded(link, seed)) {
                        queue.add(link);
                    }
                }
                ajax(reader, web, url, page, seed, out);
            }
        }
        assertThat(seen.size()).as(reader.name() + "'s crawl within its budget of pages").isLessThan(budget);
    }

    /**
     * The AJAX answers and form downloads the pages offer: the calendar's visits (PrimeFaces
     * schedule), the radar's search, the auditor's subject access report, a visit's briefing PDF.
     */
    private void ajax(Reader reader, CanaryCrawlWeb web, String url, CanaryCrawlWeb.Page page, CanaryCrawlSeed seed,
                      Collection<Fetched> out) throws Exception {
        String html = page.body();
        if (url.startsWith("/visit/calendar.xhtml") && html.contains("calendar:schedule")) {
            Map<String, String> f = partial("calendar", "calendar:schedule", "calendar:schedule");
            f.put("calendar:schedule_event", "true");
            f.put("calendar:schedule_start", Instant.now().minus(Duration.ofDays(40)).toString());
            f.put("calendar:schedule_end", Instant.now().plus(Duration.ofDays(60)).toString());
            add(out, reader, "ajax calendar events", url, web.postback(page, f, true), Set.of());
        }
        if (url.startsWith("/business/radar.xhtml") && html.contains("radar:search")) {
            for (Map.Entry<String, String> pc : seed.postcode.entrySet()) {
                CanaryCrawlWeb.Page fresh = web.get(url);
                Map<String, String> f = partial("radar", "radar:search", "radar:search");
                f.put("radar:name", "");
                f.put("radar:postcode", pc.getValue());
                f.put("radar:district", "");
                f.put("radar:from", "");
                f.put("radar:to", "");
                f.put("jakarta.faces.partial.execute", "radar");
                f.put("jakarta.faces.partial.render", "@all");
                add(out, reader, "ajax radar search " + pc.getValue(), url, web.postback(fresh, f, true),
                        Set.of(seed.business.get(pc.getKey())));
            }
        }
        if (url.startsWith("/audit/subject-access.xhtml") && html.contains("subject:findSubject")) {
            for (String name : subjectAccessQueries(seed)) {
                CanaryCrawlWeb.Page fresh = web.get("/audit/subject-access.xhtml");
                Map<String, String> f = partial("subject", "subject:findSubject", "subject");
                f.put("subject:name", CanaryCrawlWeb.dec(name.substring(name.indexOf('=') + 1)));
                f.put("jakarta.faces.partial.render", "@all");
                add(out, reader, "ajax subject access", "/audit/subject-access.xhtml#subject", web.postback(fresh, f, true), Set.of());
            }
        }
        if (url.startsWith("/visit/visit.xhtml") && html.contains("visit:briefingPdf")) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("visit", "visit");
            f.put("visit:briefingPdf", "");
            add(out, reader, "briefing PDF from the visit page", url + "#briefingPdf", web.postback(page, f, false), Set.of());
        }
    }

    private static Map<String, String> partial(String form, String source, String execute) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(form, form);
        f.put("jakarta.faces.partial.ajax", "true");
        f.put("jakarta.faces.source", source);
        f.put("jakarta.faces.partial.execute", execute);
        f.put("jakarta.faces.partial.render", execute);
        f.put(source, source);
        return f;
    }

    private void add(Collection<Fetched> out, Reader reader, String kind, String url, CanaryCrawlWeb.Page page,
                     Set<Long> about) throws IOException {
        if (page != null) {
            Set<Long> all = new LinkedHashSet<>(about);
            all.addAll(about(url, null));
            out.add(new Fetched(reader.name(), kind, url, page.status(), decode(page.bytes(), page.contentType()), all));
        }
    }

    private static final Pattern BUSINESS_IN_URL = Pattern.compile("(?:/businesses/|businessId=|business\\.xhtml\\?id=)(\\d+)");

    /** The register entries an answer is about, from its address. */
    private static final Pattern OBJECT_IN_URL = Pattern.compile("[?&](?:id|ref|reference|businessId|visitId)=([^&#]+)");

    /**
     * Whether a link is worth following: it names no object, or only seeded ones (or their
     * neighbours). Objects other tests of the run made hold no canary, and following every one of
     * them would make the crawl grow with the rest of the suite.
     */
    private static boolean seeded(String link, CanaryCrawlSeed seed) {
        Matcher m = OBJECT_IN_URL.matcher(link);
        while (m.find()) {
            String value = CanaryCrawlWeb.dec(m.group(1));
            boolean known = seed.reference.containsValue(value) || Stream.of(seed.business, seed.visit, seed.routing,
                            seed.dataset, seed.importJob, seed.attachment)
                    .flatMap(ids -> neighbours(ids.values())).anyMatch(id -> String.valueOf(id).equals(value));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /**
     * Answers that carry a business id without being about the business's interest: the information
     * requests page takes it only to fill in its form, where every agency is offered as a choice and
     * the agencies named on requests are the two parties, who made the request themselves (the
     * question and answer are canaries checked like any other).
     */
    private static final Pattern NOT_ABOUT_INTEREST = Pattern.compile("/triage/requests\\.xhtml|/api/information-requests");

    private static Set<Long> about(String url, CanaryCrawlSeed seed) {
        Set<Long> ids = new LinkedHashSet<>();
        if (NOT_ABOUT_INTEREST.matcher(url).find()) {
            return ids;
        }
        Matcher m = BUSINESS_IN_URL.matcher(url);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (seed != null) {
            seed.postcode.forEach((key, pc) -> {
                if (url.contains(CanaryCrawlWeb.enc(pc)) && seed.business.containsKey(key)) {
                    ids.add(seed.business.get(key));
                }
            });
        }
        return ids;
    }

    /** The text of an answer: PDFs' text extracted, iCalendar lines unfolded, gzip undone. */
    static String decode(byte[] bytes, String contentType) throws IOException {
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        if (contentType.startsWith("application/pdf") || (bytes.length > 4 && new String(bytes, 0, 4,
                StandardCharsets.US_ASCII).equals("%PDF") && bytes.length > 200)) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException notAPdf) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (contentType.startsWith("text/calendar") || text.startsWith("BEGIN:VCALENDAR")) {
            text = text.replace("\r\n ", "").replace("\n ", "").replace("\\,", ",").replace("\\;", ";");
        }
        return text;
    }

    /** Each signed-in staff user's calendar feed address, made as the feed page makes it. */
    private static Map<String, String> feeds(Map<String, ApiClient> clients) throws Exception {
        Map<String, String> feeds = new ConcurrentHashMap<>();
        for (Reader r : READERS) {
            if (r.staff()) {
                HttpResponse<String> made = clients.get(r.name()).post("/api/calendar-feed", "{}");
                assertThat(made.statusCode()).as(r.name() + "'s feed: " + made.body()).isBetween(200, 201);
                String url = ApiClient.object(made).getString("url");
                feeds.put(r.name(), url.substring(url.indexOf("/feed/")));
            }
        }
        return feeds;
    }

    /** The GET operations of the OpenAPI document the application serves at /openapi. */
    private static Set<String> openApiGets() throws Exception {
        HttpResponse<String> doc = ApiClient.withRawToken(null).get("/openapi?format=JSON");
        assertThat(doc.statusCode()).as("/openapi").isEqualTo(200);
        JsonObject paths = Stack.json(doc.body()).getJsonObject("paths");
        Set<String> gets = new TreeSet<>();
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            if (p.getValue().asJsonObject().containsKey("get")) {
                gets.add(p.getKey().startsWith("/api/") ? p.getKey() : "/api" + p.getKey());
            }
        }
        assertThat(gets).as("GET operations in /openapi").hasSizeGreaterThan(20);
        return gets;
    }

    /** The application's pages: every view in the WAR outside WEB-INF. */
    private static Set<String> views() throws IOException {
        Set<String> views = new TreeSet<>();
        try (ZipFile ear = new ZipFile(System.getProperty("eyesandears.it.ear"))) {
            for (ZipEntry e : java.util.Collections.list(ear.entries())) {
                if (e.getName().endsWith(".war")) {
                    try (ZipInputStream war = new ZipInputStream(ear.getInputStream(e))) {
                        for (ZipEntry w = war.getNextEntry(); w != null; w = war.getNextEntry()) {
                            if (w.getName().endsWith(".xhtml") && !w.getName().startsWith("WEB-INF/")) {
                                views.add(w.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(views).as("views in the WAR").hasSizeGreaterThan(20);
        return views;
    }

    // ---- the report ---------------------------------------------------------------------------

    private static Path report(CanaryCrawlSeed seed, Map<String, Visibility> table, Collection<Fetched> fetched,
                               List<Appearance> appearances, List<String> interestProblems, long cases) throws IOException {
        StringBuilder b = new StringBuilder("Canary crawl: ").append(cases).append(" cases, ").append(fetched.size())
                .append(" answers, ").append(seed.canary.size()).append(" canaries\n\n");
        b.append("Expected-visibility table (field x reader; Y anywhere, y only on some requests, . never;"
                + " after the slash what the crawl found: S seen where allowed, X seen where not allowed)\n");
        b.append(String.format("%-32s", "canary"));
        READERS.forEach(r -> b.append(String.format(" %-5s", r.name().length() > 5 ? r.name().substring(0, 5) : r.name())));
        b.append('\n');
        for (Map.Entry<String, Visibility> row : table.entrySet()) {
            if (!seed.canary.containsKey(row.getKey())) {
                continue;
            }
            b.append(String.format("%-32s", row.getKey()));
            for (Reader r : READERS) {
                Visibility v = row.getValue();
                String expect = v.everywhere().contains(r.name()) ? "Y"
                        : v.on().values().stream().anyMatch(s -> s.contains(r.name())) ? "y" : ".";
                boolean seenOk = appearances.stream().anyMatch(a -> a.allowed() && a.reader().equals(r.name())
                        && a.key().equals(row.getKey()));
                boolean seenBad = appearances.stream().anyMatch(a -> !a.allowed() && a.reader().equals(r.name())
                        && a.key().equals(row.getKey()));
                b.append(String.format(" %-5s", expect + "/" + (seenBad ? "X" : seenOk ? "S" : "")));
            }
            b.append('\n');
        }
        b.append("\nUnexpected appearances, grouped by field and reader:\n");
        Map<String, List<String>> groups = new TreeMap<>();
        for (Appearance a : appearances) {
            if (!a.allowed()) {
                groups.computeIfAbsent(a.field() + " | " + a.key() + " | " + a.reader(), k -> new ArrayList<>()).add(a.url());
            }
        }
        groups.forEach((k, urls) -> b.append("  ").append(k).append(" (").append(urls.size()).append("):\n")
                .append(urls.stream().distinct().sorted().map(u -> "      " + u).collect(Collectors.joining("\n"))).append('\n'));
        b.append("\nAllowed appearances (reader, canary, request):\n");
        appearances.stream().filter(Appearance::allowed)
                .map(a -> "  " + a.reader() + " " + a.key() + " " + a.url()).distinct().sorted()
                .forEach(line -> b.append(line).append('\n'));
        b.append("\nInterest named where not allowed:\n");
        interestProblems.stream().sorted().forEach(p -> b.append("  ").append(p).append('\n'));
        b.append("\nEvery answer (reader, kind, status, url):\n");
        fetched.stream().sorted(java.util.Comparator.comparing(Fetched::reader).thenComparing(Fetched::url))
                .forEach(f -> b.append("  ").append(f.reader()).append(' ').append(f.kind()).append(' ').append(f.status())
                        .append(' ').append(f.url()).append('\n'));
        Path file = Path.of("target", "failsafe-reports", "canary-crawl.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString());
        return file.toAbsolutePath();
    }
}
