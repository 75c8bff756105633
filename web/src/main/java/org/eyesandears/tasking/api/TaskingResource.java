package org.eyesandears.tasking.api;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.tasking.service.TaskingDigest;
import org.eyesandears.tasking.service.TaskingPack;
import org.eyesandears.tasking.service.TaskingPackPdf;
import org.eyesandears.tasking.service.TaskingPackQueries;

/** The weekly tasking pack and its e-mail digest. */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class TaskingResource {

    @Inject
    TaskingPackQueries queries;

    @Inject
    TaskingDigest digest;

    @GET
    @Path("tasking-pack")
    @Operation(summary = "The caller's weekly tasking pack (desks, coordinators, managers): only what they may see")
    public TaskingPack pack() {
        return queries.pack();
    }

    @GET
    @Path("tasking-pack.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The caller's weekly tasking pack as a PDF")
    public Response pdf() {
        TaskingPack pack = queries.pack();
        return Response.ok(TaskingPackPdf.write(pack))
                .header("Content-Disposition", "attachment; filename=\"tasking-pack-" + pack.from() + ".pdf\"").build();
    }

    @POST
    @Path("admin/tasking-digest")
    @Operation(summary = "Send this week's digest e-mails now (administrators); the answer says to how many people")
    public Map<String, Integer> sendDigest() {
        return Map.of("sent", digest.sendNow());
    }
}
