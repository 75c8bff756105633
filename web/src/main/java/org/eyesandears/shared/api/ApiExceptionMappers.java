package org.eyesandears.shared.api;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eyesandears.shared.error.ConcurrentChangeException;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.validation.InvalidInputException;

/**
 * Turns every failure into a JSON {@link ApiError}: a clear 4xx for the caller's mistakes and a
 * 500 with an incident reference (logged with the stack trace) for ours, never a stack trace.
 */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private static final String MEANWHILE =
            "Someone else changed this at the same moment. Nothing was saved: look again and decide.";

    private ApiExceptionMappers() {
    }

    /** Errors JAX-RS itself raises: unknown path (404), wrong method (405), bad media type (415)... */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return internal(e);
            }
            String code = status.getReasonPhrase().toLowerCase().replace(' ', '_');
            return ApiError.response(status, code, message(status, e));
        }

        private static String message(Response.Status status, WebApplicationException e) {
            return switch (status) {
                case NOT_FOUND -> "No such resource.";
                case METHOD_NOT_ALLOWED -> "That method is not allowed here.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
                case NOT_ACCEPTABLE -> "This resource answers in application/json.";
                default -> e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
            };
        }
    }

    /** A service refused the caller's role. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return forbidden();
        }
    }

    /** Bean Validation failures on resource parameters or service arguments. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return invalid(e);
        }
    }

    /** Input a service refused, field by field. */
    @Provider
    public static class RefusedInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input",
                    "Some fields are missing or invalid.",
                    e.violations().stream().map(v -> new ApiError.FieldError(v.field(), v.message())).toList());
        }
    }

    /** Something that does not exist for the caller: the same answer as for nothing there at all. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ApiError.response(Response.Status.NOT_FOUND, "not_found", "No such resource.");
        }
    }

    /** Someone changed it since the caller saw it: say who, when, and what it is now, where known. */
    @Provider
    public static class ConcurrentChange implements ExceptionMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            if (!e.known()) {
                return concurrent(MEANWHILE);
            }
            return concurrent("Changed by " + e.changedBy() + " at " + e.changedAt() + ". It is now "
                    + e.currentStatus() + " (version " + e.currentVersion() + "). Nothing was saved: look again and decide.");
        }
    }

    /** Request bodies that are not the JSON the resource expects. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable();
        }
    }

    /** Request bodies the JSON provider could not read at all. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable();
        }
    }

    /** Exceptions thrown by services arrive wrapped by the EJB container; unwrap the known ones. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConstraintViolationException violations) {
                return invalid(violations);
            }
            if (cause instanceof EJBAccessException) {
                return forbidden();
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.persistence.OptimisticLockException) {
                    return concurrent(MEANWHILE);
                }
            }
            return internal(e);
        }
    }

    /** Anything else is our fault: log it, tell the caller only an incident reference. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            return internal(e);
        }
    }

    static Response concurrent(String message) {
        return ApiError.response(Response.Status.CONFLICT, "changed_meanwhile", message);
    }

    static Response forbidden() {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden",
                "Your role or agency does not allow this.");
    }

    static Response unreadable() {
        return ApiError.response(Response.Status.BAD_REQUEST, "unreadable_body",
                "The request body is not valid JSON of the expected shape.");
    }

    static Response invalid(ConstraintViolationException e) {
        List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiError.FieldError::field))
                .toList();
        return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input",
                "Some fields are missing or invalid.", fields);
    }

    static Response internal(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "internal_error",
                "Something went wrong on our side. Incident reference: " + incident + ".");
    }

    /** The property path without the method and argument prefix, e.g. "visitDate". */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length > 2 && parts[1].startsWith("arg")) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return path;
    }
}
