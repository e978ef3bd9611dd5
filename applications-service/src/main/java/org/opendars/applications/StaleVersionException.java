package org.opendars.applications;

/** A command based on an out-of-date read (If-Match no longer matches); answered with 412. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
