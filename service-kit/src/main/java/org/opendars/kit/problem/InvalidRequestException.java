package org.opendars.kit.problem;

import java.util.List;

/** A request that is well-formed but breaks a rule on named fields; answered with 400 and the field list. */
public class InvalidRequestException extends ProblemException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(400, "the request has invalid fields");
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
