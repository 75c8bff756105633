package org.eyesandears.triage.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.referral.model.OutcomeCategory;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Urgency;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException;
import org.eyesandears.triage.service.InboxFilter;
import org.eyesandears.triage.service.InboxItem;
import org.eyesandears.triage.service.InboxQueries;
import org.eyesandears.triage.service.RoutingState;
import org.eyesandears.triage.service.TriageService;

/** The desk's inbox and its work on routings; the referring officer's answers. */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    /** A move through the triage states; {@code expectedVersion} is the version the caller saw. */
    public record Transition(RoutingStatus to, String reason, Long expectedVersion, String referOnAgency,
                             Boolean conditionsConfirmed) {
    }

    /** Feedback for the referring officer. */
    public record Feedback(Usefulness usefulness, OutcomeCategory outcomeCategory, String comment,
                           Long expectedVersion) {
    }

    /** The referring officer's answer to the desk's question. */
    public record Answer(String answer) {
    }

    @Inject
    InboxQueries inbox;

    @Inject
    TriageService triage;

    @GET
    @Path("inbox")
    @Operation(summary = "The caller's agency's routings, urgent first then newest (desks); total in X-Total-Count")
    public Response inbox(@QueryParam("status") RoutingStatus status, @QueryParam("urgency") Urgency urgency,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("business") String business,
                          @QueryParam("referringAgency") String referringAgency,
                          @QueryParam("assignee") String assignee,
                          @QueryParam("first") @DefaultValue("0") int first,
                          @QueryParam("max") @DefaultValue("50") int max) {
        InboxFilter filter = new InboxFilter(status, urgency, date("from", from), date("to", to), business,
                referringAgency, assignee);
        List<InboxItem> items = inbox.inbox(filter, first, max);
        return Response.ok(items).header("X-Total-Count", inbox.count(filter)).build();
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Overdue routings now, per agency (managers)")
    public List<org.eyesandears.triage.service.OverdueCount> overdue() {
        return inbox.overdueByAgency();
    }

    @POST
    @Path("routings/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a routing to another triage status (desks of the receiving agency); "
            + "409 when someone changed it since expectedVersion")
    public RoutingState transition(@PathParam("id") long id, Transition body) {
        if (body == null || body.expectedVersion() == null) {
            throw missing("expectedVersion", "Send the version of the routing you saw (expectedVersion).");
        }
        return triage.transition(id, body.expectedVersion(), body.to(), body.reason(), body.referOnAgency(),
                Boolean.TRUE.equals(body.conditionsConfirmed()));
    }

    @POST
    @Path("routings/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the referring officer feedback, within what the agency may tell back")
    public RoutingState feedback(@PathParam("id") long id, Feedback body) {
        if (body == null || body.expectedVersion() == null) {
            throw missing("expectedVersion", "Send the version of the routing you saw (expectedVersion).");
        }
        return triage.giveFeedback(id, body.expectedVersion(), body.usefulness(), body.outcomeCategory(),
                body.comment());
    }

    @POST
    @Path("routings/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the desk's question on a routing of your referral (its author)")
    public RoutingState answer(@PathParam("id") long id, Answer body) {
        return triage.answer(id, body == null ? null : body.answer());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw missing(field, "Give a date as YYYY-MM-DD.");
        }
    }

    private static InvalidInputException missing(String field, String message) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, message)));
    }
}
