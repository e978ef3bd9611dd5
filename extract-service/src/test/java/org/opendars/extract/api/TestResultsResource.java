package org.opendars.extract.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * Stands in for the linkage service's results endpoint in this service's tests; like the real one it answers only
 * callers with the {@code results-reader} role (extract-service's client). The record ids are those of the demo content: person 1491's episodes
 * of 2020-21, 2019-20 and 2018-19 and death in 2020-21, and person 711's episode at 17 and imaging test.
 */
@Path("/internal/linkage-runs/{id}/results")
@RolesAllowed("results-reader")
public class TestResultsResource {

    static final String RESULTS = """
            pseudonym,study_id,dataset,record_id,match_rank
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,HES_APC,APC-1491-1,1
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,HES_APC,APC-1491-2,1
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,HES_APC,APC-1491-3,1
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,ONS_MORTALITY,ONS-1491,1
            aa11bb22cc33dd44ee55ff6600112233,STUDY-002,DID,DID-711-1,1
            aa11bb22cc33dd44ee55ff6600112233,STUDY-002,HES_APC,APC-711-3,3
            """;

    /** Results of patient tracking: a COHORT row per person on the list, traced or not, then their records. */
    static final String TRACKING_RESULTS = """
            pseudonym,study_id,dataset,record_id,match_rank
            aa11bb22cc33dd44ee55ff6600112233,STUDY-002,COHORT,,3
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,COHORT,,1
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,HES_APC,APC-1491-1,1
            0f1e2d3c4b5a69788796a5b4c3d2e1f0,STUDY-003,ONS_MORTALITY,ONS-1491,1
            ,STUDY-009,COHORT,,0
            """;

    static final UUID TRACKING = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

    /** A linkage run whose results cannot be fetched, as when the linkage service is down. */
    static final UUID UNAVAILABLE = UUID.fromString("00000000-0000-4000-8000-00000000dead");

    @GET
    @Produces("text/csv")
    public String results(@PathParam("id") UUID id) {
        if (UNAVAILABLE.equals(id)) {
            throw new jakarta.ws.rs.ServiceUnavailableException("linkage results unavailable");
        }
        return TRACKING.equals(id) ? TRACKING_RESULTS : RESULTS;
    }
}
