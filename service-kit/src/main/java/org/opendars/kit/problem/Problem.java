package org.opendars.kit.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.opendars.kit.problem.InvalidRequestException.FieldError;

/** An RFC 9457 problem detail; {@code errors} lists the offending fields of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Response response(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return response(status, known == null ? "Error" : known.getReasonPhrase(), detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
