package org.opendars.kit.problem;

/** An update sent without If-Match where the resource demands one (RFC 6585); answered with 428. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String message) {
        super(428, message);
    }
}
