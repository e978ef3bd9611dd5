package org.opendars.linkage.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * Stands in for the applications service's cohort endpoint in this service's tests: it serves the demo cohort of
 * the local stack, and like the real one it answers only callers with the {@code cohort-reader} role (linkage-service's client).
 */
@jakarta.ws.rs.Path("/internal/applications/{id}/cohort")
@RolesAllowed("cohort-reader")
public class TestCohortResource {

    static Path demoCohort() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/demo/cohort.csv"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/demo/cohort.csv not found");
        }
        return dir.resolve("deploy/local/demo/cohort.csv");
    }

    /** An application whose cohort cannot be fetched, as when the applications service is down. */
    static final UUID UNAVAILABLE = UUID.fromString("00000000-0000-4000-8000-00000000dead");

    /** An application the applications service has never heard of, as a forged approval would name. */
    static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-0000000000ff");

    @GET
    @Produces("text/csv")
    public String cohort(@PathParam("id") UUID id) throws IOException {
        if (UNKNOWN.equals(id)) {
            throw new jakarta.ws.rs.NotFoundException("no application " + id);
        }
        if (UNAVAILABLE.equals(id)) {
            throw new jakarta.ws.rs.ServiceUnavailableException("cohort store unavailable");
        }
        return Files.readString(demoCohort());
    }
}
