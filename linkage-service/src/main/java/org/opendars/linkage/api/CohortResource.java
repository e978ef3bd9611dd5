package org.opendars.linkage.api;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.kit.problem.NotFoundProblem;
import org.opendars.linkage.Cohort;
import org.opendars.linkage.CohortService;

/**
 * Where an applicant's cohort file enters the platform, and the only place it is kept: the answer is a reference
 * and counts, which the application carries instead of the identifiers.
 */
@Path("/api/cohorts")
public class CohortResource {

    /** What anyone but linkage-service may know of a cohort: no identifier, only how many and of what. */
    public record CohortView(UUID id, String organisationId, int members, int withNhsNumber, int withDateOfBirth,
            int withPostcode, String uploadedBy, Instant uploadedAt, UUID applicationId, boolean deleted) {

        static CohortView of(Cohort c) {
            return new CohortView(c.id, c.organisationId, c.members, c.withNhsNumber, c.withDateOfBirth,
                    c.withPostcode, c.uploadedBy, c.uploadedAt, c.applicationId, c.isDeleted());
        }
    }

    private final CohortService cohorts;
    private final Caller caller;

    CohortResource(CohortService cohorts, Caller caller) {
        this.cohorts = cohorts;
        this.caller = caller;
    }

    /**
     * A CSV file with a header naming some of localId (required), nhsNumber, dateOfBirth, sex and postcode. Every
     * row is checked as linkage checks it (Modulus 11, calendar dates not in the future, sex codes, postcodes,
     * unique local ids that are not NHS numbers); one problem refuses the file, listed by line and column.
     */
    @POST
    @Consumes("text/csv")
    @RolesAllowed("applicant")
    @Audited
    public Response upload(InputStream csv,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        Cohort cohort = cohorts.upload(caller.requireOrganisation(), caller.name(), csv, idempotencyKey);
        return Response.created(URI.create("/api/cohorts/" + cohort.id)).entity(CohortView.of(cohort)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "applicant", "case-officer", "data-manager", "auditor", "admin" })
    public CohortView get(@PathParam("id") UUID id) {
        return Cohort.find(id).filter(c -> caller.maySee(c.organisationId)).map(CohortView::of)
                .orElseThrow(() -> new NotFoundProblem("no cohort " + id));
    }
}
