package org.eyesandears.user.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.notification.service.NotificationService;
import org.eyesandears.shared.tx.RetriedOnConflict;
import org.eyesandears.user.service.Me;
import org.eyesandears.user.service.UserService;
import org.eyesandears.user.service.UserSummary;

/** The caller's own identity, and the administrators' list of users. */
@RetriedOnConflict
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    UserService userService;

    @Inject
    NotificationService notifications;

    @GET
    @Path("me")
    @Operation(summary = "The caller: username, agency and roles, as the token states them")
    public Me me() {
        return userService.signIn();
    }

    @GET
    @Path("me/notifications")
    @Operation(summary = "The caller's notifications, newest first; unread count in X-Unread-Count")
    public jakarta.ws.rs.core.Response notifications(@jakarta.ws.rs.QueryParam("max") @jakarta.ws.rs.DefaultValue("50") int max) {
        return jakarta.ws.rs.core.Response.ok(notifications.mine(max))
                .header("X-Unread-Count", notifications.unreadCount()).build();
    }

    @jakarta.ws.rs.POST
    @Path("me/notifications/read")
    @Operation(summary = "Mark all the caller's notifications read")
    public void markRead() {
        notifications.markAllRead();
    }

    @GET
    @Path("admin/users")
    @Operation(summary = "Everyone who has signed in (administrators only)")
    public List<UserSummary> users() {
        return userService.listProfiles();
    }
}
