package org.eyesandears.user.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eyesandears.user.service.Me;
import org.eyesandears.user.service.UserService;
import org.eyesandears.user.service.UserSummary;

/** The caller's own identity, and the administrators' list of users. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    UserService userService;

    @GET
    @Path("me")
    @Operation(summary = "The caller: username, agency and roles, as the token states them")
    public Me me() {
        return userService.signIn();
    }

    @GET
    @Path("admin/users")
    @Operation(summary = "Everyone who has signed in (administrators only)")
    public List<UserSummary> users() {
        return userService.listProfiles();
    }
}
