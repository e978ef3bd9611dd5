package org.opendars.kit.problem;

/** Understood but refused as it stands, such as an Idempotency-Key reused with another body; answered with 422. */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String message) {
        super(422, message);
    }
}
