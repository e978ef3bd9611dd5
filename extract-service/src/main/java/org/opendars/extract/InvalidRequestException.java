package org.opendars.extract;

import java.util.List;

/** A request that is well-formed but breaks a business rule on named fields; answered with 400 and the field list. */
public class InvalidRequestException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("the request has invalid fields");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
