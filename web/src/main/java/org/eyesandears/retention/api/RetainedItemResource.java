package org.eyesandears.retention.api;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.retention.model.RetainedKind;
import org.eyesandears.retention.service.ItemReviewService;
import org.eyesandears.retention.service.RetainedItem;
import org.eyesandears.retention.service.ReviewDecision;
import org.eyesandears.shared.tx.RetriedOnConflict;

/**
 * The retention review of the caller's agency's visits and source records (managers of the owning
 * agency): {@code kind} is {@code visits} or {@code source-records}.
 */
@RetriedOnConflict
@Path("retention/{kind: visits|source-records}")
@Produces(MediaType.APPLICATION_JSON)
public class RetainedItemResource {

    @Inject
    ItemReviewService review;

    @GET
    @Path("queue")
    @Operation(summary = "The caller's agency's visits or source records due for review, oldest review date first "
            + "(managers)")
    public List<RetainedItem> queue(@PathParam("kind") String kind) {
        return review.queue(kind(kind));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One of the caller's agency's visits or source records: last activity, retention period, "
            + "review date, or who erased it, when and why (managers)")
    public RetainedItem status(@PathParam("kind") String kind, @PathParam("id") long id) {
        return review.status(kind(kind), id);
    }

    @POST
    @Path("{id: \\d+}/keep")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a visit or source record until a new review date, giving the reason (managers of "
            + "the owning agency)")
    public RetainedItem keep(@PathParam("kind") String kind, @PathParam("id") long id, ReviewDecision decision) {
        return review.keep(kind(kind), id, decision);
    }

    @POST
    @Path("{id: \\d+}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a visit's or source record's free text, leaving a tombstone, giving the reason "
            + "(managers of the owning agency)")
    public RetainedItem erase(@PathParam("kind") String kind, @PathParam("id") long id, ReviewDecision decision) {
        return review.erase(kind(kind), id, decision);
    }

    private static RetainedKind kind(String path) {
        return "visits".equals(path) ? RetainedKind.VISIT
                : RetainedKind.valueOf(path.replace("-records", "_record").toUpperCase(Locale.ROOT));
    }

}
