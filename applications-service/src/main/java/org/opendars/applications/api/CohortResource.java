package org.opendars.applications.api;

import org.opendars.kit.api.Audited;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;

import org.opendars.applications.Application;
import org.opendars.applications.ApplicationStatus;
import org.opendars.applications.CohortStore;

/** The claim-check end of application-approved: the linkage service pulls an approved cohort from here. */
@Path("/internal/applications/{id}/cohort")
@RolesAllowed("cohort-reader")
public class CohortResource {

    private final CohortStore cohorts;

    CohortResource(CohortStore cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @Produces("text/csv")
    @Audited
    public StreamingOutput cohort(@PathParam("id") UUID id) {
        Application application = Application.<Application>findByIdOptional(id)
                .filter(a -> a.status != ApplicationStatus.DRAFT && a.status != ApplicationStatus.WITHDRAWN)
                .orElseThrow(() -> new NotFoundException("no submitted application " + id));
        return out -> cohorts.writeCsv(application.id, out);
    }
}
