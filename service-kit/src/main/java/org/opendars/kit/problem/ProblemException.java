package org.opendars.kit.problem;

/**
 * A refusal the caller can act on. Its status and message become the problem+json answer; the message must
 * never carry identifiers or internals, since it is shown to the caller as it is.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;

    protected ProblemException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
