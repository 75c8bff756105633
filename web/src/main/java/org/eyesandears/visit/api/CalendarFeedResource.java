package org.eyesandears.visit.api;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.shared.config.Settings;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.visit.service.CalendarFeedService;
import org.eyesandears.visit.service.CalendarFeedService.FeedStatus;
import org.eyesandears.visit.service.CalendarFeedService.IssuedFeed;

/**
 * Personal calendar-feed addresses: the caller's own (make, see, revoke) and, for administrators,
 * anyone's (see who has one, revoke it). Addresses are built from {@code APP_URL}, never from the
 * request's Host header.
 */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    /** A new address: the URL (shown once) and when it expires. */
    public record NewFeed(String url, Instant expiresAt) {
    }

    @POST
    @Path("calendar-feed")
    @Operation(summary = "A new personal calendar-feed address (the old one stops working); shown once, with "
            + "when it expires")
    public NewFeed newFeed() {
        IssuedFeed issued = feeds.issue();
        return new NewFeed(feedUrl(issued.token()), issued.expiresAt());
    }

    @GET
    @Path("calendar-feed")
    @Operation(summary = "Whether the caller's calendar-feed address works, when it expires, or when and why it "
            + "stopped (USER, ADMIN, DISABLED, EXPIRED); never the address itself")
    public FeedStatus feedStatus() {
        return feeds.status();
    }

    @POST
    @Path("calendar-feed/revoke")
    @Operation(summary = "Revoke the caller's calendar-feed address")
    public Response revokeFeed() {
        feeds.revoke();
        return Response.noContent().build();
    }

    @GET
    @Path("admin/calendar-feeds")
    @Operation(summary = "The users whose calendar-feed address works now, with when it expires (administrators)")
    public Map<String, Instant> liveFeeds() {
        return feeds.liveFeeds();
    }

    @DELETE
    @Path("admin/users/{username}/calendar-feed")
    @Operation(summary = "Revoke a user's calendar-feed address (administrators); 404 when they have no working one")
    public Response revokeUsersFeed(@PathParam("username") String username) {
        if (!feeds.revokeFor(username)) {
            throw new NotFoundException("No working calendar-feed address for that user");
        }
        return Response.noContent().build();
    }

    /** The subscription address of a token, on the configured application address. */
    public static String feedUrl(String token) {
        return Settings.appUrl() + "/feed/" + token + ".ics";
    }
}
