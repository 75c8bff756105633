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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.agency.service.AgreementChangeView;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.agency.service.AgreementSummary;
import org.eyesandears.agency.service.AgreementTerms;
import org.eyesandears.shared.tx.RetriedOnConflict;

/** The sharing agreements register (administrators change it; auditors read it). */
@RetriedOnConflict
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @GET
    @Operation(summary = "Every sharing agreement, with whether it is in force today (administrators, auditors)")
    public List<AgreementSummary> list() {
        return agreements.list();
    }

    @GET
    @Path("{from}/{to}/history")
    @Operation(summary = "The history of one agreement, newest first (administrators, auditors)")
    public List<AgreementChangeView> history(@PathParam("from") String from, @PathParam("to") String to) {
        return agreements.history(from, to);
    }

    /** The last day in force and the version read. */
    public record Ending(java.time.LocalDate endsOn, Long version) {
    }

    @POST
    @Path("{from}/{to}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an agreement: endsOn is its last day in force (administrators)")
    public AgreementSummary end(@PathParam("from") String from, @PathParam("to") String to, Ending body) {
        return agreements.end(from, to, body == null ? null : body.endsOn(), body == null ? null : body.version());
    }

    @PUT
    @Path("{from}/{to}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or change the agreement for referrals from one agency to another (administrators); "
            + "give the version you read when changing one")
    public AgreementSummary save(@PathParam("from") String from, @PathParam("to") String to, AgreementTerms terms) {
        return agreements.save(new AgreementTerms(from, to, terms.mayRefer(), terms.gateway(),
                terms.gatewayReference(), terms.disclosureLevel(), terms.startsOn(), terms.endsOn(),
                terms.documentReference(), terms.version(), terms.sharesInterest()));
    }
}
