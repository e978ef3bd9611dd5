package org.opendars.applications;

import java.util.UUID;

import org.opendars.kit.problem.NotFoundProblem;

/** No such application, or one the caller may not see: both answer 404 so nothing leaks. */
public class ApplicationNotFoundException extends NotFoundProblem {

    public ApplicationNotFoundException(UUID id) {
        super("no application " + id);
    }
}
