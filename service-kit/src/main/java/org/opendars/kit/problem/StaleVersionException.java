package org.opendars.kit.problem;

/** A command based on an out-of-date read (If-Match no longer matches); answered with 412. */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(String message) {
        super(412, message);
    }
}
