package org.opendars.kit.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opendars.kit.problem.InvalidRequestException.FieldError;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves as application/problem+json, with no class names, SQL or stack traces. A value the database
 * refuses (a NUL byte, a string too long, a duplicate) is the caller's mistake and answers 4xx; the database's own
 * message is logged without its detail and never returned, since it can quote the offending row.
 */
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

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return Problem.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class })
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPathReference() : null;
        String detail = "the body is not valid JSON for this request"
                + (field == null || field.isBlank() ? "" : " (at " + field.replaceAll("^[^\\[\"]*", "") + ")");
        return Problem.response(Response.Status.BAD_REQUEST, detail);
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
        Optional<Response> refusedByDatabase = sqlState(e).flatMap(ProblemMapper::forSqlState);
        if (refusedByDatabase.isPresent()) {
            Log.infof("request refused by the database: %s (SQL state %s)", e.getClass().getSimpleName(),
                    sqlState(e).orElse("?"));
            return refusedByDatabase.get();
        }
        Log.error("unexpected error", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error");
    }

    /** The status this mapper answers a failure with; the audit of a refused call records the same. */
    public static int statusOf(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem.status();
        }
        if (failure instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return 401;
        }
        if (failure instanceof ForbiddenException) {
            return 403;
        }
        if (failure instanceof ConstraintViolationException || failure instanceof JsonProcessingException) {
            return 400;
        }
        return sqlState(failure).flatMap(ProblemMapper::forSqlState).map(Response::getStatus).orElse(500);
    }

    public static Optional<Response> forSqlState(String state) {
        if (state.equals("22P05") || state.equals("22021")) {
            return Optional.of(Problem.response(400, "the request contains a character that cannot be stored"
                    + " (such as a NUL byte or invalid UTF-8)"));
        }
        if (state.equals("22P04")) {
            return Optional.of(Problem.response(400, "the file is not valid CSV for its header: a row has more or fewer"
                    + " fields than the header, or a quote is not closed"));
        }
        if (state.equals("22001")) {
            return Optional.of(Problem.response(400, "a value in the request is longer than its field allows"));
        }
        if (state.startsWith("22")) {
            return Optional.of(Problem.response(400, "a value in the request is not of the form its field needs"));
        }
        if (state.equals("23505")) {
            return Optional.of(Problem.response(409, "the request conflicts with something that exists already"));
        }
        if (state.startsWith("23")) {
            return Optional.of(Problem.response(400, "the request breaks a rule of the stored data"));
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return Optional.of(Response.fromResponse(Problem.response(503, "a concurrent change got in the way; retry"))
                    .header(HttpHeaders.RETRY_AFTER, "1").build());
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return Optional.of(Response.fromResponse(Problem.response(503, "the database is unavailable; retry"))
                    .header(HttpHeaders.RETRY_AFTER, "5").build());
        }
        return Optional.empty();
    }

    public static Optional<String> sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "create.request.datasets[0].code": the method and parameter names mean nothing to a client.
        String path = violation.getPropertyPath().toString();
        String field = path.replaceFirst("^[^.]+\\.[^.\\[]+\\.?", "");
        return field.isEmpty() ? path.replaceFirst("^[^.]+\\.", "") : field;
    }
}
