package org.eyesandears.visit.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eyesandears.visit.service.VisitClashPolicy.Clash;
import org.eyesandears.visit.service.VisitClashException;

/** How the visit services' refusals reach API callers. */
public final class VisitExceptionMappers {

    private VisitExceptionMappers() {
    }

    /** The 409 body for clash warnings: the usual error fields and the warnings themselves. */
    public record ClashError(int status, String error, String message, List<Clash> clashes) {
    }

    /** Clash warnings stand and no reason was given: 409 listing them, so the caller can decide. */
    @Provider
    public static class Clashes implements ExceptionMapper<VisitClashException> {
        @Override
        public Response toResponse(VisitClashException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ClashError(409, "clashes", "The visit clashes with other plans. Nothing was saved:"
                            + " change it, or send overrideReason to go ahead.", e.clashes()))
                    .build();
        }
    }
}
