package org.opendars.extract.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.opendars.extract.FinancialYear;
import org.opendars.extract.ReleaseFile;
import org.opendars.extract.ReleaseIngestion;
import org.opendars.extract.ReleasePeriod;
import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.InvalidRequestException.FieldError;
import org.opendars.kit.problem.NotFoundProblem;

/**
 * The content half of a data set release (its identifiers go to linkage-service): loaded by a data manager into
 * the data set's typed table, one file version at a time.
 */
@Path("/api/releases/{datasetCode}")
@RolesAllowed({ "data-manager", "auditor", "admin" })
public class ReleaseContentResource {

    private final ReleaseIngestion ingestion;
    private final Caller caller;

    ReleaseContentResource(ReleaseIngestion ingestion, Caller caller) {
        this.ingestion = ingestion;
        this.caller = caller;
    }

    @POST
    @Path("/{releaseId}/content")
    @Consumes("text/csv")
    @RolesAllowed("data-manager")
    @Audited
    public Response ingest(InputStream csv,
            @PathParam("datasetCode") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String datasetCode,
            @PathParam("releaseId") @Pattern(regexp = "[A-Za-z0-9._-]{1,60}") String releaseId,
            @QueryParam("financialYear") String financialYear, @QueryParam("period") String period,
            @QueryParam("fileVersion") @DefaultValue("1") int fileVersion) {
        List<FieldError> errors = new java.util.ArrayList<>();
        FinancialYear year = parsed(errors, "financialYear", () -> FinancialYear.parse(financialYear));
        ReleasePeriod releasePeriod = parsed(errors, "period", () -> ReleasePeriod.parse(period));
        if (fileVersion < 1) {
            errors.add(new FieldError("fileVersion", "file versions start at 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ReleaseIngestion.Ingested ingested = ingestion.ingest(datasetCode, releaseId, fileVersion, year,
                releasePeriod, caller.name(), csv);
        ReleaseFileView view = ReleaseFileView.of(ingested.file(), ingested.superseded());
        if (!ingested.loaded()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/releases/" + datasetCode + "/" + releaseId)).entity(view).build();
    }

    @GET
    public List<ReleaseFileView> list(@PathParam("datasetCode") String datasetCode) {
        return ReleaseFile.ofDataset(datasetCode).stream().map(ReleaseFileView::of).toList();
    }

    @GET
    @Path("/{releaseId}")
    public List<ReleaseFileView> release(@PathParam("datasetCode") String datasetCode,
            @PathParam("releaseId") String releaseId) {
        List<ReleaseFile> files = ReleaseFile.ofRelease(datasetCode, releaseId);
        if (files.isEmpty()) {
            throw new NotFoundProblem("no release " + releaseId + " of " + datasetCode);
        }
        return files.stream().map(ReleaseFileView::of).toList();
    }

    private static <T> T parsed(List<FieldError> errors, String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}
