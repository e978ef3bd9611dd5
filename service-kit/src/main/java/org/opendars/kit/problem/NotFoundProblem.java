package org.opendars.kit.problem;

/** No such thing, or one the caller may not see: both answer 404 so nothing leaks. */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String message) {
        super(404, message);
    }
}
