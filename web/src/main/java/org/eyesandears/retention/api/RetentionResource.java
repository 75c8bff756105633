package org.eyesandears.retention.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.retention.service.RetentionJob;
import org.eyesandears.retention.service.RetentionService;
import org.eyesandears.retention.service.ReviewDecision;
import org.eyesandears.retention.service.ReviewItem;
import org.eyesandears.shared.tx.RetriedOnConflict;

/** The retention review of the caller's agency's referrals (managers of the owning agency). */
@RetriedOnConflict
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionService retention;

    @GET
    @Path("queue")
    @Operation(summary = "The caller's agency's referrals due for review, oldest review date first (managers)")
    public List<ReviewItem> queue() {
        return retention.queue();
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One of the caller's agency's referrals: last activity, retention period, review date, "
            + "or who erased it, when and why (managers)")
    public ReviewItem status(@PathParam("reference") String reference) {
        return retention.status(reference);
    }

    @POST
    @Path("{reference}/keep")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a referral until a new review date, giving the reason (managers of the owning agency)")
    public ReviewItem keep(@PathParam("reference") String reference, ReviewDecision decision) {
        return retention.keep(reference, decision);
    }

    @POST
    @Path("{reference}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a referral's content, people involved and attachments, leaving a tombstone, "
            + "giving the reason (managers of the owning agency)")
    public ReviewItem erase(@PathParam("reference") String reference, ReviewDecision decision) {
        return retention.erase(reference, decision);
    }

    @POST
    @Path("mark-due")
    @Operation(summary = "Run the nightly retention work now: mark referrals, visits and source records due for "
            + "review, delete old unsent drafts (managers, administrators)")
    public Map<String, Integer> markDue() {
        RetentionJob.Run run = retention.markDueNow();
        return Map.of("marked", run.marked(), "referrals", run.referrals(), "visitsAndSourceRecords", run.items(),
                "draftsDeleted", run.draftsDeleted());
    }

}
