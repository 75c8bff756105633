package org.eyesandears.visit.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.config.Settings;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException.Violation;
import org.eyesandears.agency.service.LeadAdvice;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.visit.service.AgencyInterest;
import org.eyesandears.visit.service.LeadSuggestions;
import org.eyesandears.visit.service.BusinessOfInterest;
import org.eyesandears.visit.service.FollowUpItem;
import org.eyesandears.visit.service.ICalendar;
import org.eyesandears.visit.service.OperationSummary;
import org.eyesandears.visit.service.VisitClashPolicy.Clash;
import org.eyesandears.visit.service.VisitDetail;
import org.eyesandears.visit.service.VisitFilter;
import org.eyesandears.visit.service.VisitPlan;
import org.eyesandears.visit.service.VisitQueries;
import org.eyesandears.visit.service.VisitService;
import org.eyesandears.visit.service.VisitSummary;
import org.eyesandears.visit.web.BriefingPack;

/** The shared events calendar: visits, their clash checks, responses, outcomes and operations. */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    LeadSuggestions leadSuggestions;

    /** A move of a visit to another time. */
    public record Reschedule(Instant startsAt, Instant endsAt, Long expectedVersion, String overrideReason) {
    }

    /** An invited agency's answer. */
    public record Answer(Boolean accept, String reason) {
    }

    /** A version-checked change of status (confirm or cancel, with the reason for a cancellation). */
    public record StatusChange(Long expectedVersion, String reason) {
    }

    /** A new operation. */
    public record NewOperation(String name, String leadAgency, LocalDate startsOn, LocalDate endsOn, String area,
                               String description) {
    }

    @Inject
    VisitService visits;

    @Inject
    VisitQueries queries;

    @Inject
    ReferralQueries referrals;

    @Inject
    BriefingPack briefing;

    @Inject
    Clock clock;

    @GET
    @Path("visits")
    @Operation(summary = "Visits starting in [from, to) (ISO-8601 instants), filtered by agency, postcode district,"
            + " business or operation; every member of staff sees every planned visit, without intelligence")
    public List<VisitSummary> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("agency") String agency, @QueryParam("district") String district,
                                   @QueryParam("businessId") Long businessId,
                                   @QueryParam("operationId") Long operationId) {
        return queries.calendar(new VisitFilter(instant("from", from), instant("to", to), agency, district,
                businessId, operationId));
    }

    @POST
    @Path("visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a visit (coordinators; officers for their own agency). 409 with the clash warnings"
            + " when any stand and no overrideReason was given")
    public Response plan(VisitPlan plan, @Context UriInfo uri) {
        if (plan == null) {
            throw refused("body", "Send the visit plan as JSON.");
        }
        long id = visits.plan(plan);
        return Response.created(uri.getBaseUriBuilder().path("visits").path(String.valueOf(id)).build())
                .entity(Map.of("id", id)).build();
    }

    @GET
    @Path("visits/referral-options")
    @Operation(summary = "The referrals about a business that the caller may see, newest first, to name in a"
            + " visit plan as the referrals that prompted it (referralIds)")
    public List<ReferralQueries.ReferralOption> referralOptions(@QueryParam("businessId") Long businessId) {
        if (businessId == null) {
            throw refused("businessId", "Name the business.");
        }
        return referrals.aboutBusiness(businessId);
    }

    @GET
    @Path("visits/conflicts")
    @Operation(summary = "The clash warnings a visit to the business from `from` to `to` would raise now")
    public List<Clash> conflicts(@QueryParam("businessId") Long businessId, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("visitId") Long visitId) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (businessId == null || start == null || end == null) {
            throw refused("businessId", "Give businessId, from and to (ISO-8601 instants).");
        }
        return visits.check(visitId, new VisitPlan(businessId, null, start, end, null, null, List.of(), List.of(),
                null, null, null, null));
    }

    @GET
    @Path("visits/suggestions")
    @Operation(summary = "With businessId: agencies with an interest in it (open routings and referrals, adverse"
            + " records), to invite. With district (or"
            + " neither): businesses of interest to two or more agencies with no visit planned, optionally of one"
            + " kind (businessType, e.g. CAR_WASH)")
    public Response suggestions(@QueryParam("businessId") Long businessId, @QueryParam("district") String district,
                                @QueryParam("businessType") String businessType) {
        if (businessId != null) {
            List<AgencyInterest> agencies = queries.interestedAgencies(businessId);
            return Response.ok(agencies).build();
        }
        List<BusinessOfInterest> businesses = queries.unvisitedOfInterest(district, businessType);
        return Response.ok(businesses).build();
    }

    @GET
    @Path("visits/lead-suggestion")
    @Operation(summary = "The lead agency the powers directory suggests for a visit to the business, among the agencies"
            + " with an interest in it that the caller may name (purpose ENFORCEMENT, COMPLIANCE_SUPPORT or MIXED);"
            + " advice only, 204 when none holds a power such a visit may need")
    public Response leadSuggestion(@QueryParam("businessId") Long businessId, @QueryParam("purpose") String purpose) {
        LeadAdvice.Suggestion suggestion = leadSuggestions.suggest(businessId, purpose);
        return suggestion == null ? Response.noContent().build() : Response.ok(suggestion).build();
    }

    @GET
    @Path("visits/{id}")
    @Operation(summary = "One visit; details only for the agencies taking part")
    public VisitDetail get(@PathParam("id") long id) {
        return queries.detail(id).orElseThrow(() -> new NotFoundException("visit"));
    }

    @POST
    @Path("visits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a visit's plan (expectedVersion required)")
    public Response update(@PathParam("id") long id, VisitPlan plan) {
        if (plan == null) {
            throw refused("body", "Send the visit plan as JSON.");
        }
        visits.update(id, plan);
        return Response.noContent().build();
    }

    @POST
    @Path("visits/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a visit to another time; 409 with the clash warnings unless overrideReason is given")
    public Response reschedule(@PathParam("id") long id, Reschedule body) {
        if (body == null) {
            throw refused("body", "Send the new time as JSON.");
        }
        visits.reschedule(id, version(body.expectedVersion()), body.startsAt(), body.endsAt(), body.overrideReason());
        return Response.noContent().build();
    }

    @POST
    @Path("visits/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a proposed visit")
    public Response confirm(@PathParam("id") long id, StatusChange body) {
        visits.confirm(id, version(body == null ? null : body.expectedVersion()));
        return Response.noContent().build();
    }

    @POST
    @Path("visits/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a visit, with the reason")
    public Response cancel(@PathParam("id") long id, StatusChange body) {
        if (body == null) {
            throw refused("body", "Send the version you saw and the reason as JSON.");
        }
        visits.cancel(id, version(body.expectedVersion()), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("visits/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or decline an invitation for the caller's agency (coordinators and desks)")
    public Response respond(@PathParam("id") long id, Answer body) {
        if (body == null || body.accept() == null) {
            throw refused("accept", "Say whether your agency takes part.");
        }
        visits.respond(id, body.accept(), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("visits/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the caller's agency's outcome and follow-up tasks; marks the visit done")
    public Response outcome(@PathParam("id") long id, VisitService.OutcomeReport report) {
        long outcomeId = visits.recordOutcome(id, report);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", outcomeId)).build();
    }

    @GET
    @Path("visits/{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The visit as an iCalendar file")
    public Response ics(@PathParam("id") long id) {
        String text = ICalendar.single(get(id).summary(), Settings.appUrl(), clock.instant());
        return Response.ok(text, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"visit-" + id + ".ics\"").build();
    }

    @GET
    @Path("visits/{id}/briefing.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The visit's one-page briefing pack, as the caller may see it")
    public Response briefing(@PathParam("id") long id) {
        VisitDetail detail = get(id);
        return Response.ok(briefing.pdf(detail), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"briefing-visit-" + id + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("operations")
    @Operation(summary = "Operations (weeks of action), newest first")
    public List<OperationSummary> operations() {
        return queries.operations();
    }

    @POST
    @Path("operations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an operation (coordinators)")
    public Response createOperation(NewOperation body, @Context UriInfo uri) {
        if (body == null) {
            throw refused("body", "Send the operation as JSON.");
        }
        long id = visits.createOperation(body.name(), body.leadAgency(), body.startsOn(), body.endsOn(), body.area(),
                body.description());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("follow-ups")
    @Operation(summary = "The caller's open follow-up tasks, soonest due first")
    public List<FollowUpItem> followUps() {
        return queries.myFollowUps();
    }

    @POST
    @Path("follow-ups/{id}/done")
    @Operation(summary = "Mark one of the caller's follow-up tasks done")
    public Response done(@PathParam("id") long id) {
        visits.completeTask(id);
        return Response.noContent().build();
    }

    /** The version of the visit the caller saw, which every change must name. */
    private static long version(Long expectedVersion) {
        if (expectedVersion == null) {
            throw refused("expectedVersion", "Send the version of the visit you saw (expectedVersion).");
        }
        return expectedVersion;
    }

    private static InvalidInputException refused(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw refused(field, "An ISO-8601 instant such as 2026-03-30T09:00:00Z.");
        }
    }
}
