package org.opendars.linkage.api;

import org.opendars.kit.api.Audited;

import org.opendars.kit.api.Caller;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.opendars.linkage.ColumnMapping;
import org.opendars.linkage.LinkageRun;
import org.opendars.linkage.LinkageService;

/**
 * Routine linkage: a data manager hands over the identifiers of a data set release (its content goes to the
 * extract service, never here); each record is linked to the person index by the rank rules.
 */
@Path("/api/releases/{datasetCode}/{releaseId}")
@RolesAllowed("data-manager")
public class ReleaseResource {

    private final LinkageService linkage;
    private final Caller caller;

    ReleaseResource(LinkageService linkage, Caller caller) {
        this.linkage = linkage;
        this.caller = caller;
    }

    @POST
    @Path("/identifiers")
    @Consumes("text/csv")
    @Audited
    public Response ingest(InputStream csv,
            @PathParam("datasetCode") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String datasetCode,
            @PathParam("releaseId") @Pattern(regexp = "[A-Za-z0-9._-]{1,60}") String releaseId,
            @QueryParam("fileVersion") @jakarta.ws.rs.DefaultValue("1") @jakarta.validation.constraints.Min(1) int fileVersion,
            @QueryParam("recordId") String recordId,
            @QueryParam("nhsNumber") String nhsNumber,
            @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("sex") String sex,
            @QueryParam("postcode") String postcode,
            @QueryParam("givenName") String givenName,
            @QueryParam("familyName") String familyName) {
        LinkageRun run = linkage.ingestRelease(datasetCode, releaseId, fileVersion, caller.name(), csv,
                new ColumnMapping(recordId == null ? "recordId" : recordId, nhsNumber, dateOfBirth, sex, postcode,
                        givenName, familyName));
        return Response.accepted(LinkageRunView.of(run))
                .location(URI.create("/api/releases/" + datasetCode + "/" + releaseId)).build();
    }

    /** The release's newest file version's run; {@code ?fileVersion=} names another. */
    @GET
    public LinkageRunView get(@PathParam("datasetCode") String datasetCode, @PathParam("releaseId") String releaseId,
            @QueryParam("fileVersion") Integer fileVersion) {
        return LinkageRun.ofRelease(datasetCode, releaseId).stream()
                .filter(run -> fileVersion == null || fileVersion.equals(run.fileVersion)).findFirst()
                .map(LinkageRunView::of)
                .orElseThrow(() -> new NotFoundException("no release " + releaseId + " of " + datasetCode
                        + (fileVersion == null ? "" : " at file version " + fileVersion)));
    }
}
