package org.opendars.extract;

/** A command that the current state does not allow; answered with 409 Conflict. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
