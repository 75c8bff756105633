package org.eyesandears.shared.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every API error: the HTTP status, a short machine-readable code, a sentence for
 * people, and, for invalid input, the message for each offending field.
 */
public record ApiError(int status, String error, String message, List<FieldError> fields) {

    /** One invalid field: its name (path) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String error, String message) {
        return response(status, error, message, List.of());
    }

    public static Response response(Response.Status status, String error, String message,
                                    List<FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), error, message, fields))
                .build();
    }
}
