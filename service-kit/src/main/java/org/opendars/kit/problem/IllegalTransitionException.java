package org.opendars.kit.problem;

/** A command that the current state does not allow; answered with 409 Conflict. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String message) {
        super(409, message);
    }
}
