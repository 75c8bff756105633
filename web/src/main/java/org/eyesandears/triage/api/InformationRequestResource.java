package org.eyesandears.triage.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.triage.service.InformationRequestQueries;
import org.eyesandears.triage.service.InformationRequestService;
import org.eyesandears.triage.service.RequestView;

/** Information requests between agencies' desks about a business (desks only). */
@RetriedOnConflict
@Path("information-requests")
@Produces(MediaType.APPLICATION_JSON)
public class InformationRequestResource {

    /** A question to another agency's desk; {@code dueOn} defaults to ten working days ahead. */
    public record Question(Long businessId, String toAgency, String question, LocalDate dueOn) {
    }

    /** The asked desk's answer, or its reason for declining. */
    public record Answer(String answer, Boolean decline, Long expectedVersion) {
    }

    /** How useful the asking desk found the answer. */
    public record Rating(Usefulness usefulness) {
    }

    @Inject
    InformationRequestService requests;

    @Inject
    InformationRequestQueries queries;

    @GET
    @Operation(summary = "The caller's agency's requests, asked and received; open ones first")
    public List<RequestView> list() {
        return queries.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request, if the caller's agency asked or was asked; 404 otherwise")
    public RequestView get(@PathParam("id") long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("information request"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask another agency's desk about a business, under the sharing agreement; 201 with id")
    public Response ask(Question body, @Context UriInfo uri) {
        if (body == null) {
            throw refused("question", "Send the question as JSON.");
        }
        long id = requests.ask(body.businessId(), body.toAgency(), body.question(), body.dueOn());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(Map.of("id", id)).build();
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer (or, with decline true, refuse with the reason) a request to the caller's agency")
    public Response answer(@PathParam("id") long id, Answer body) {
        if (body == null || body.expectedVersion() == null) {
            throw refused("expectedVersion", "Send the answer and the version you saw as JSON.");
        }
        requests.answer(id, Boolean.TRUE.equals(body.decline()), body.answer(), body.expectedVersion());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say how useful the answer to the caller's agency's request was")
    public Response rate(@PathParam("id") long id, Rating body) {
        requests.rate(id, body == null ? null : body.usefulness());
        return Response.noContent().build();
    }

    private static InvalidInputException refused(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
