package org.eyesandears.agency.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.ContactSummary;
import org.eyesandears.agency.service.IndicatorSummary;
import org.eyesandears.agency.service.PowerSummary;
import org.eyesandears.agency.service.ReferenceDataChanges.AgencyChange;
import org.eyesandears.agency.service.ReferenceDataChanges.ContactChange;
import org.eyesandears.agency.service.ReferenceDataChanges.IndicatorChange;
import org.eyesandears.agency.service.ReferenceDataChanges.PowerChange;
import org.eyesandears.agency.service.ReferenceDataService;
import org.eyesandears.agency.service.WordingVersion;
import org.eyesandears.agency.web.ConcernCardPdf;
import org.eyesandears.shared.tx.RetriedOnConflict;

/**
 * Agencies, golden indicators, contact points and the powers directory (read by everyone signed in,
 * changed by administrators; the services check), and the printable Concern Card.
 */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    @Inject
    AgencyService agencyService;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ConcernCardPdf card;

    @GET
    @Path("agencies")
    @Operation(summary = "The partner agencies")
    public List<AgencySummary> agencies() {
        return agencyService.listAgencies();
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an agency (administrators)")
    public Response addAgency(AgencyChange change) {
        return Response.status(Response.Status.CREATED).entity(referenceData.addAgency(change)).build();
    }

    @PUT
    @Path("agencies/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename an agency or set whether it takes part (administrators; expectedVersion required)")
    public AgencySummary changeAgency(@PathParam("code") String code, AgencyChange change) {
        return referenceData.changeAgency(code, change);
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
    @Operation(summary = "The active golden indicators with the agencies each routes to and the guidance for officers;"
            + " with includeInactive=true every indicator (administrators)")
    public List<IndicatorSummary> indicators(@QueryParam("includeInactive") boolean includeInactive) {
        return includeInactive ? referenceData.allIndicators() : agencyService.listIndicators();
    }

    @POST
    @Path("indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a golden indicator (administrators)")
    public Response addIndicator(IndicatorChange change) {
        return Response.status(Response.Status.CREATED).entity(referenceData.addIndicator(change)).build();
    }

    @PUT
    @Path("indicators/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an indicator; a new wording becomes its next wording version, referrals already sent"
            + " keep theirs (administrators; expectedVersion required)")
    public IndicatorSummary changeIndicator(@PathParam("code") String code, IndicatorChange change) {
        return referenceData.changeIndicator(code, change);
    }

    @GET
    @Path("indicators/{code}/wordings")
    @Operation(summary = "Every wording the indicator has had, newest first (administrators)")
    public List<WordingVersion> wordings(@PathParam("code") String code) {
        return referenceData.wordings(code);
    }

    @GET
    @Path("contacts")
    @Operation(summary = "Contact points per agency and area; with includeInactive=true also those no longer in use"
            + " (administrators)")
    public List<ContactSummary> contacts(@QueryParam("includeInactive") boolean includeInactive) {
        return includeInactive ? referenceData.allContacts() : referenceData.contacts();
    }

    @POST
    @Path("contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact point (administrators)")
    public Response addContact(ContactChange change) {
        return Response.status(Response.Status.CREATED).entity(referenceData.saveContact(null, change)).build();
    }

    @PUT
    @Path("contacts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a contact point (administrators; expectedVersion required)")
    public ContactSummary changeContact(@PathParam("id") long id, ContactChange change) {
        return referenceData.saveContact(id, change);
    }

    @GET
    @Path("powers")
    @Operation(summary = "The directory of agencies' powers (advice for choosing a visit's lead agency);"
            + " with includeInactive=true also withdrawn entries (administrators)")
    public List<PowerSummary> powers(@QueryParam("includeInactive") boolean includeInactive) {
        return includeInactive ? referenceData.allPowers() : referenceData.powers();
    }

    @POST
    @Path("powers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an entry to the powers directory (administrators)")
    public Response addPower(PowerChange change) {
        return Response.status(Response.Status.CREATED).entity(referenceData.savePower(null, change)).build();
    }

    @PUT
    @Path("powers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry of the powers directory (administrators; expectedVersion required)")
    public PowerSummary changePower(@PathParam("id") long id, PowerChange change) {
        return referenceData.savePower(id, change);
    }

    @GET
    @Path("concern-card.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable Concern Card: the indicators in use with their receivers and guidance, and"
            + " whom to contact")
    public Response concernCard() {
        return Response.ok(card.live(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"concern-card.pdf\"").build();
    }
}
