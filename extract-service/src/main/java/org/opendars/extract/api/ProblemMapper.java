package org.opendars.extract.api;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opendars.extract.IllegalTransitionException;
import org.opendars.extract.InvalidRequestException;
import org.opendars.extract.InvalidRequestException.FieldError;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error leaves as application/problem+json, with no class names or stack traces. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problem.response(400, "Bad Request", "the request has invalid fields", errors);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(400, "Bad Request", e.getMessage(), e.errors());
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class })
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPathReference() : null;
        String detail = "the body is not valid JSON for this request"
                + (field == null || field.isBlank() ? "" : " (at " + field.replaceAll("^[^\\[\"]*", "") + ")");
        return Problem.response(Response.Status.BAD_REQUEST, detail);
    }

    @ServerExceptionMapper
    public Response conflict(IllegalTransitionException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized() {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "a valid bearer token is required"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "your role does not allow this");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.response(status, reason, status >= 500 ? "internal error" : e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("unexpected error", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "create.request.datasets[0].code": the method and parameter names mean nothing to a client.
        String path = violation.getPropertyPath().toString();
        String field = path.replaceFirst("^[^.]+\\.[^.\\[]+\\.?", "");
        return field.isEmpty() ? path.replaceFirst("^[^.]+\\.", "") : field;
    }
}
