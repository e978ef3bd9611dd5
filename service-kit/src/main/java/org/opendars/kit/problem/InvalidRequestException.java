package org.opendars.kit.problem;

import java.util.List;

/** A request that is well-formed but breaks a rule on named fields; answered with 400 and the field list. */
public class InvalidRequestException extends ProblemException {

    /**
     * One refused field: {@code field} as the API names it ({@code parties[0].odsCode}) and {@code pointer}, the same
     * place as an RFC 6901 JSON pointer into the request body ({@code /parties/0/odsCode}), for forms to highlight.
     */
    public record FieldError(String field, String message, String pointer) {

        public FieldError(String field, String message) {
            this(field, message, pointerOf(field));
        }

        static String pointerOf(String field) {
            if (field == null || field.isBlank()) {
                return "";
            }
            StringBuilder pointer = new StringBuilder();
            for (String part : field.replace("[", ".").replace("]", "").split("\\.")) {
                if (!part.isEmpty()) {
                    pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
                }
            }
            return pointer.toString();
        }
    }

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(400, "the request has invalid fields");
        this.errors = List.copyOf(errors);
    }

    /** A refusal with its own summary, such as how many answers a submission still lacks. */
    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(400, detail);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
