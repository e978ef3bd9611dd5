package org.opendars.applications;

import java.util.UUID;

/** No such application, or one the caller may not see: both answer 404 so nothing leaks. */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(UUID id) {
        super("no application " + id);
    }
}
