package org.eyesandears.agency.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

    @GET
    @Path("indicators")
    @Operation(summary = "The active golden indicators with the agencies each routes to")
    public List<IndicatorSummary> indicators() {
        return agencyService.listIndicators();
    }
}
