package org.opendars.extract.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.opendars.extract.Extract;
import org.opendars.extract.ExtractFile;
import org.opendars.extract.ExtractService;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/extracts")
@RolesAllowed({ "recipient", "applicant", "data-manager", "auditor", "admin" })
public class ExtractResource {

    private final ExtractService extracts;
    private final ExtractFile files;
    private final Caller caller;

    ExtractResource(ExtractService extracts, ExtractFile files, Caller caller) {
        this.extracts = extracts;
        this.files = files;
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
     * that an extract exists but cannot download it. Every download is audited.
     */
    @GET
    @Path("/{id}/download")
    @RolesAllowed("recipient")
    public Response download(@PathParam("id") UUID id, @Context HttpServerRequest request) throws IOException {
        Extract extract = Extract.<Extract>findByIdOptional(id)
                .filter(e -> caller.organisation().map(e.organisationId::equals).orElse(false))
                .filter(Extract::isReady)
                .orElseThrow(() -> new NotFoundException("no extract " + id + " ready for your organisation"));
        extracts.audit(extract, caller.name(), extract.organisationId,
                request.remoteAddress() == null ? null : request.remoteAddress().host());
        InputStream file = files.open(extract);
        StreamingOutput body = out -> {
            try (file) {
                file.transferTo(out);
            }
        };
        return Response.ok(body, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + extract.fileName + "\"")
                .header("X-Checksum-SHA256", extract.sha256)
                .build();
    }

    private Extract visible(UUID id) {
        return Extract.<Extract>findByIdOptional(id).filter(e -> caller.maySee(e.organisationId))
                .orElseThrow(() -> new NotFoundException("no extract " + id));
    }
}
