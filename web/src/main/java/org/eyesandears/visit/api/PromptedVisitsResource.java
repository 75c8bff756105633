package org.eyesandears.visit.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.visit.service.PromptedVisit;
import org.eyesandears.visit.service.VisitQueries;

/**
 * The visits a referral prompted. A root resource of its own: JAX-RS picks the root class by its
 * path first, so under {@code ReferralResource}'s "referrals" this path would never be reached from
 * a class mapped at "/".
 */
@RetriedOnConflict
@Path("referrals/{reference}/visits")
@Produces(MediaType.APPLICATION_JSON)
public class PromptedVisitsResource {

    @Inject
    VisitQueries visits;

    @Inject
    ReferralQueries referrals;

    @GET
    @Operation(summary = "The visits a referral prompted, with each agency's outcome as far as its sharing"
            + " agreement with the caller's agency allows; 404 if the caller may not see the referral")
    public List<PromptedVisit> promptedBy(@PathParam("reference") String reference) {
        if (referrals.visibleId(reference).isEmpty()) {
            throw new NotFoundException("referral");
        }
        return visits.promptedBy(reference);
    }
}
