package org.eyesandears.referral.api;

import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eyesandears.referral.service.NewReferral;
import org.eyesandears.referral.service.ReferralDetail;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.referral.service.ReferralService;
import org.eyesandears.referral.service.ReferralSummary;
import org.eyesandears.shared.tx.ConflictRetryInterceptor;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.shared.validation.InvalidInputException;

/** Concern referrals: submit one, read one, list your own. */
@RetriedOnConflict
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How long the client's card was open before it was sent, in seconds (optional; ADR 0035). */
    static final String COMPOSE_SECONDS = "Compose-Seconds";

    @Inject
    ReferralService referrals;

    @Inject
    ReferralQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a concern referral (officers). Routed to the agencies of the ticked "
            + "indicators; 201 with Location. With the same Idempotency-Key again, 200 with the first referral.")
    public Response submit(NewReferral card,
                           @Parameter(description = "A key unique to this submission; a retry with the same key makes no second referral")
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Parameter(description = "Seconds from opening the card to sending it, as the client measured"
                                   + " them (1 to 86400; anything else is not recorded)")
                           @HeaderParam(COMPOSE_SECONDS) String composeSeconds,
                           @Context UriInfo uri) {
        if (card == null) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.Violation("body", "Send the referral as JSON.")));
        }
        ReferralService.Submitted submitted;
        try {
            submitted = referrals.submit(card, List.of(), idempotencyKey, composeSeconds);
        } catch (EJBException e) {
            // A write conflict is no lost race: nothing was kept, and RetriedOnConflict submits again.
            if (idempotencyKey == null || idempotencyKey.isBlank() || ConflictRetryInterceptor.isConflict(e)) {
                throw e;
            }
            // A simultaneous retry with the same key won the race; answer with its referral.
            submitted = referrals.submit(card, idempotencyKey);
        }
        ReferralDetail referral = submitted.referral();
        if (!submitted.created()) {
            return Response.ok(referral).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getBaseUriBuilder().path("referrals").path(referral.reference()).build())
                .entity(referral)
                .build();
    }

    /** The officer's answer to "was this feedback useful?". */
    public record FeedbackRatingRequest(Boolean useful) {
    }

    @POST
    @Path("{reference}/routings/{routing}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The referring officer says whether a routing's feedback was useful, once per routing;"
            + " 204. 400 before feedback or a second time, 404 for someone else's referral")
    public Response rateFeedback(@PathParam("reference") String reference, @PathParam("routing") long routing,
                                 FeedbackRatingRequest body) {
        if (body == null || body.useful() == null) {
            throw new InvalidInputException(List.of(
                    new InvalidInputException.Violation("useful", "Say true or false.")));
        }
        referrals.rateFeedback(reference, routing, body.useful());
        return Response.noContent().build();
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "A referral, if the caller may see it (its author, the author's agency "
            + "managers, the desks it was routed to); 404 otherwise")
    public ReferralDetail get(@PathParam("reference") String reference) {
        return queries.find(reference).orElseThrow(NotFoundException::new);
    }

    @GET
    @Operation(summary = "The caller's own referrals, newest first (mine=true)")
    public List<ReferralSummary> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        if (!mine) {
            throw new BadRequestException("Ask for your own referrals with mine=true.");
        }
        return queries.mine(null, false, first, max);
    }
}
