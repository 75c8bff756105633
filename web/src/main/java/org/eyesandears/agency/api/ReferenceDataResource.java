package org.eyesandears.agency.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.IndicatorSummary;

/** Agencies and golden indicators. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    @Inject
    AgencyService agencyService;

    @GET
    @Path("agencies")
    @Operation(summary = "The partner agencies")
    public List<AgencySummary> agencies() {
        return agencyService.listAgencies();
    }

    /** A new retention period in whole years, and why (kept in the audit trail). */
    public record RetentionChange(Integer years, String reason) {
    }

    @PUT
    @Path("agencies/{code}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the years after their last activity before an agency's referrals come up for review"
            + " (administrators)")
    public AgencySummary setRetention(@PathParam("code") String code, RetentionChange change) {
        return agencyService.setRetentionYears(code, change == null ? null : change.years(),
                change == null ? null : change.reason());
    }

    @GET
    @Path("indicators")
    @Operation(summary = "The active golden indicators with the agencies each routes to")
    public List<IndicatorSummary> indicators() {
        return agencyService.listIndicators();
    }
}
