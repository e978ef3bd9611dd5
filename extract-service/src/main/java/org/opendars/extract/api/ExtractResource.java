package org.opendars.extract.api;

import org.opendars.kit.api.Audited;
import org.opendars.kit.api.SpreadsheetSafe;

import org.opendars.kit.api.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.opendars.extract.DeliveryPackage;
import org.opendars.extract.Extract;
import org.opendars.extract.Manifest;
import org.opendars.extract.ExtractStore;
import org.opendars.kit.problem.GoneProblem;
import org.opendars.kit.problem.IllegalTransitionException;
import org.opendars.kit.problem.NotFoundProblem;
import org.opendars.kit.problem.Problem;
import org.opendars.extract.ExtractService;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/extracts")
@RolesAllowed({ "recipient", "applicant", "data-manager", "auditor", "admin" })
public class ExtractResource {

    private final ExtractService extracts;
    private final ExtractStore store;
    private final Caller caller;

    ExtractResource(ExtractService extracts, ExtractStore store, Caller caller) {
        this.extracts = extracts;
        this.store = store;
        this.caller = caller;
    }

    @GET
    public List<ExtractView> list(@QueryParam("applicationId") UUID applicationId) {
        if (applicationId == null) {
            throw new BadRequestException("applicationId is required");
        }
        return Extract.ofApplication(applicationId).stream().filter(e -> caller.maySee(e.organisationId))
                .map(ExtractView::of).toList();
    }

    @GET
    @Path("/{id}")
    public ExtractView get(@PathParam("id") UUID id) {
        return ExtractView.of(visible(id));
    }

    /**
     * Record-level data goes only to the recipients of the organisation it was approved for: custodian staff see
     * that an extract exists but cannot download it. Every download is audited. A single {@code Range} lets a
     * recipient resume a large download; any replica serves it, since the file is in the database. The whole
     * delivery is one zip file: a CSV file per data set and the manifest.
     */
    @GET
    @Path("/{id}/download")
    @RolesAllowed("recipient")
    @Produces({ "application/zip", "application/problem+json" })
    @Audited
    public Response download(@PathParam("id") UUID id, @HeaderParam("Range") String range,
            @Context HttpServerRequest request) {
        Extract extract = downloadable(id);
        return serve(extract, 0, extract.sizeBytes, range, "application/zip", extract.fileName, extract.sha256,
                request);
    }

    /** One data set's file of the delivery, as the same bytes it has inside the package. */
    @GET
    @Path("/{id}/files/{name}")
    @RolesAllowed("recipient")
    @Produces({ "text/csv", "application/problem+json" })
    @Audited
    public Response file(@PathParam("id") UUID id, @PathParam("name") String name,
            @HeaderParam("Range") String range, @Context HttpServerRequest request) {
        Extract extract = downloadable(id);
        DeliveryPackage.Placed file = extract.file(name).orElseThrow(() -> new NotFoundProblem("extract " + id
                + " has no file " + name + "; it has " + extract.files.stream().map(DeliveryPackage.Placed::name)
                        .toList()));
        return serve(extract, file.offset(), file.sizeBytes(), range, "text/csv", file.name(), file.sha256(), request);
    }

    /** What the delivery is and how it was made; custodian staff may read it as well as the recipients. */
    @GET
    @Path("/{id}/manifest")
    public Manifest manifest(@PathParam("id") UUID id) {
        Extract extract = visible(id);
        if (extract.manifest == null) {
            throw new NotFoundProblem("extract " + id + " has no manifest: it was never built");
        }
        return extract.manifest;
    }

    private Extract downloadable(UUID id) {
        Extract extract = Extract.<Extract>findByIdOptional(id)
                .filter(e -> caller.organisation().map(e.organisationId::equals).orElse(false))
                .orElseThrow(() -> new NotFoundProblem("no extract " + id + " ready for your organisation"));
        if (extract.isGone()) {
            throw new GoneProblem(extract.goneBecause());
        }
        if (!extract.isReady()) {
            throw new NotFoundProblem("no extract " + id + " ready for your organisation");
        }
        if (!store.isIntact(extract)) {
            Log.errorf("extract %s is READY but its stored file is incomplete", extract.id);
            throw new IllegalTransitionException("the file of extract " + id + " is incomplete and cannot be"
                    + " downloaded; the custodian must rebuild it");
        }
        return extract;
    }

    /** Serves {@code size} bytes of the stored package from {@code offset}, or the one range asked of them. */
    private Response serve(Extract extract, long offset, long size, String range, String type, String fileName,
            String sha256, HttpServerRequest request) {
        Optional<ByteRange> requested = ByteRange.parse(range, size);
        if (range != null && requested.isEmpty() && ByteRange.isSingle(range)) {
            return Response.status(416).header("Content-Range", "bytes */" + size).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(java.net.URI.create("about:blank"), "Range Not Satisfiable", 416,
                            "the file has " + size + " bytes", List.of()))
                    .build();
        }
        ByteRange bytes = requested.orElse(ByteRange.whole(size));
        extracts.audit(extract, caller.name(), extract.organisationId,
                request.remoteAddress() == null ? null : request.remoteAddress().host());
        StreamingOutput body = out -> {
            if (bytes.length() > 0) {
                store.read(extract, offset + bytes.first(), offset + bytes.last(), out);
            }
        };
        Response.ResponseBuilder answer = requested.isPresent()
                ? Response.status(206).header("Content-Range", bytes.contentRange(size))
                : Response.ok();
        return answer.entity(body).type(type)
                .header("Content-Length", bytes.length())
                .header("Accept-Ranges", "bytes")
                .header("ETag", "\"" + sha256 + "\"")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Checksum-SHA256", sha256)
                .header(SpreadsheetSafe.HEADER, SpreadsheetSafe.NOTICE)
                .build();
    }

    /** Destroys the file's bytes (at the end of an agreement, or on request); what was delivered stays on record. */
    @POST
    @Path("/{id}/purge")
    @RolesAllowed({ "data-manager", "admin" })
    @Audited
    public ExtractView purge(@PathParam("id") UUID id) {
        return ExtractView.of(extracts.purge(id, caller.name()));
    }

    private Extract visible(UUID id) {
        return Extract.<Extract>findByIdOptional(id).filter(e -> caller.maySee(e.organisationId))
                .orElseThrow(() -> new NotFoundProblem("no extract " + id));
    }
}
