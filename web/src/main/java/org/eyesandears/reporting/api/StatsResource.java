package org.eyesandears.reporting.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.reporting.service.BusinessRow;
import org.eyesandears.reporting.service.DrillDown;
import org.eyesandears.reporting.service.DrillDownQueries;
import org.eyesandears.reporting.service.RoutingRow;
import org.eyesandears.reporting.service.StatsCsv;
import org.eyesandears.reporting.service.StatsPdf;
import org.eyesandears.reporting.service.StatsQueries;
import org.eyesandears.reporting.service.StatsSummary;
import org.eyesandears.reporting.service.ReferralRow;
import org.eyesandears.reporting.service.TargetService;
import org.eyesandears.reporting.service.TeamStatsQueries;
import org.eyesandears.reporting.service.VisitDrillDown;
import org.eyesandears.reporting.service.VisitStatsQueries;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.visit.service.VisitSummary;

/** The managers' figures as JSON and CSV, the routings behind them, and the success targets. */
@RetriedOnConflict
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StatsQueries stats;

    @Inject
    TargetService targets;

    @Inject
    VisitStatsQueries visitStats;

    @Inject
    TeamStatsQueries teamStats;

    @Inject
    DrillDownQueries drillDowns;

    @Inject
    AgencyService agencies;

    @GET
    @Path("summary")
    @Operation(summary = "The dashboard's figures for a period (default: the last 28 days) and the one before it (managers)")
    public StatsSummary summary(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("agency") String agency) {
        return stats.summary(date("from", from), date("to", to), agency);
    }

    @GET
    @Path("routings")
    @Operation(summary = "The routings behind a figure, newest first, at most 500 (managers, within what they may see)")
    public List<RoutingRow> routings(@QueryParam("kind") String kind, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("agency") String agency,
                                     @QueryParam("toAgency") String toAgency) {
        return stats.routings(kind(kind), date("from", from), date("to", to), agency, toAgency);
    }

    @GET
    @Path("visits")
    @Operation(summary = "The joint visits behind a visit figure, latest first, at most 500, in outline"
            + " (managers, within what they may see); size: the number of agencies, for kind AGENCIES")
    public List<VisitSummary> visits(@QueryParam("kind") String kind, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("agency") String agency,
                                     @QueryParam("size") String size) {
        VisitDrillDown what;
        try {
            what = kind == null ? null : VisitDrillDown.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "Choose one of " + List.of(VisitDrillDown.values()) + ".");
        }
        Integer agencies;
        try {
            agencies = size == null || size.isBlank() ? null : Integer.valueOf(size);
        } catch (NumberFormatException e) {
            throw invalid("size", "Give the number of agencies as a whole number.");
        }
        return visitStats.visits(what, date("from", from), date("to", to), agency, agencies);
    }

    @GET
    @Path("routings/feedback")
    @Operation(summary = "The routings to an agency (blank: all, partnership managers) created in the period whose"
            + " feedback carried a usefulness or an outcome category, newest first, at most 500 (managers)")
    public List<RoutingRow> routingsWithFeedback(@QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("agency") String agency,
                                                 @QueryParam("usefulness") String usefulness,
                                                 @QueryParam("outcome") String outcome) {
        return drillDowns.routingsWithFeedback(date("from", from), date("to", to), agency, usefulness, outcome);
    }

    @GET
    @Path("businesses")
    @Operation(summary = "The businesses of interest to at least n (agencies=2 or 3) agencies in the period, optionally"
            + " of one kind (businessType, e.g. CAR_WASH); an agency manager's list holds those their agency had an"
            + " interest in (managers)")
    public List<BusinessRow> businesses(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("agencies") String agencies,
                                        @QueryParam("businessType") String businessType) {
        Integer n;
        try {
            n = agencies == null || agencies.isBlank() ? null : Integer.valueOf(agencies);
        } catch (NumberFormatException e) {
            throw invalid("agencies", "Give the number of agencies as a whole number.");
        }
        return drillDowns.businesses(date("from", from), date("to", to), n, businessType);
    }

    @GET
    @Path("referrals")
    @Operation(summary = "The referrals of the manager's own agency behind an officer's (officer) or a team's (team,"
            + " or noTeam=true) figure, newest first, at most 500 (agency managers)")
    public List<ReferralRow> referrals(@QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("officer") String officer, @QueryParam("team") String team,
                                       @QueryParam("noTeam") boolean noTeam) {
        return teamStats.referrals(date("from", from), date("to", to), officer, team, noTeam);
    }

    @GET
    @Path("routings.csv")
    @Produces("text/csv")
    @Operation(summary = "The routings behind a figure as CSV, with each referral's handling conditions (managers)")
    public Response routingsCsv(@QueryParam("kind") String kind, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("agency") String agency,
                                @QueryParam("toAgency") String toAgency) {
        List<RoutingRow> rows = stats.routings(kind(kind), date("from", from), date("to", to), agency, toAgency);
        return Response.ok(StatsCsv.routings(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"eyes-and-ears-routings-"
                        + kind(kind).name().toLowerCase(java.util.Locale.ROOT) + ".csv\"")
                .build();
    }

    @GET
    @Path("export/{table}.csv")
    @Produces("text/csv")
    @Operation(summary = "One dashboard table as CSV: matrix, agencies, usefulness, outcomes, officers, businesses, overdue, targets,"
            + " visits, visit_sizes, visit_agencies, follow_ups, teams")
    public Response csv(@PathParam("table") String table, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("agency") String agency) {
        if (!StatsCsv.TABLES.contains(table)) {
            throw new NotFoundException();
        }
        StatsSummary summary = stats.summary(date("from", from), date("to", to), agency);
        return Response.ok(StatsCsv.table(table, summary), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"eyes-and-ears-" + table + "-"
                        + summary.period().from() + "-to-" + summary.period().to() + ".csv\"")
                .build();
    }

    @GET
    @Path("export/summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A PDF summary of the dashboard for a period, for board papers (managers)")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("agency") String agency) {
        StatsSummary summary = stats.summary(date("from", from), date("to", to), agency);
        Map<String, String> names = agencies.agencyNames();
        byte[] pdf = StatsPdf.summary(summary, code -> names.getOrDefault(code, code));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"eyes-and-ears-summary-"
                        + summary.period().from() + "-to-" + summary.period().to() + ".pdf\"")
                .build();
    }

    @GET
    @Path("targets")
    @Operation(summary = "The success targets per agency (managers and administrators)")
    public List<TargetService.Targets> targets() {
        return targets.list();
    }

    @PUT
    @Path("targets/{agency}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an agency's success targets; a missing part means no target (administrators)")
    public TargetService.Targets setTargets(@PathParam("agency") String agency, TargetService.Targets body) {
        TargetService.Targets t = body == null ? new TargetService.Targets(agency, null, null, null) : body;
        return targets.set(new TargetService.Targets(agency, t.feedbackRatePct(), t.feedbackDays(), t.triageMedianDays()));
    }

    private static DrillDown kind(String value) {
        try {
            return value == null ? null : DrillDown.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "Choose one of " + List.of(DrillDown.values()) + ".");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "Give a date as YYYY-MM-DD.");
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
