package org.opendars.linkage.api;

import org.opendars.kit.api.Audited;
import org.opendars.kit.api.SpreadsheetSafe;

import org.opendars.kit.api.Caller;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.opendars.linkage.ColumnMapping;
import org.opendars.linkage.IdentifierStore;
import org.opendars.linkage.LinkageRun;
import org.opendars.linkage.LinkageService;
import org.opendars.linkage.PseudonymKeys;
import org.opendars.linkage.RunStatus;

/**
 * Bespoke linkage of a cohort file a customer sent: a data manager uploads it with its column mapping, the run
 * links it asynchronously (progress on the run), and the result is each member's pseudonym for that organisation.
 */
@Path("/api/bespoke-linkages")
@RolesAllowed("data-manager")
public class BespokeLinkageResource {

    private final LinkageService linkage;
    private final IdentifierStore identifiers;
    private final PseudonymKeys keys;
    private final Caller caller;

    BespokeLinkageResource(LinkageService linkage, IdentifierStore identifiers, PseudonymKeys keys, Caller caller) {
        this.linkage = linkage;
        this.identifiers = identifiers;
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Consumes("text/csv")
    @Audited
    public Response upload(InputStream csv,
            @QueryParam("organisationId") @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String organisationId,
            @QueryParam("localId") String localId,
            @QueryParam("nhsNumber") String nhsNumber,
            @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("sex") String sex,
            @QueryParam("postcode") String postcode,
            @QueryParam("givenName") String givenName,
            @QueryParam("familyName") String familyName,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        LinkageRun run = linkage.upload(organisationId, caller.name(), csv,
                new ColumnMapping(localId, nhsNumber, dateOfBirth, sex, postcode, givenName, familyName),
                idempotencyKey);
        return Response.accepted(LinkageRunView.of(run)).location(URI.create("/api/bespoke-linkages/" + run.id))
                .build();
    }

    @GET
    public List<LinkageRunView> list(@QueryParam("organisationId") @NotBlank String organisationId) {
        return LinkageRun.uploadedFor(organisationId).stream().map(LinkageRunView::of).toList();
    }

    @GET
    @Path("/{id}")
    public LinkageRunView get(@PathParam("id") UUID id) {
        return LinkageRunView.of(uploaded(id));
    }

    @GET
    @Path("/{id}/matches")
    @Produces("text/csv")
    @Audited
    public Response matches(@PathParam("id") UUID id) {
        LinkageRun run = uploaded(id);
        if (run.status != RunStatus.COMPLETED) {
            throw new NotFoundException("linkage " + id + " has not completed (" + run.percentDone + "% done)");
        }
        var pseudonyms = keys.pseudonymiser(run.organisationId, run.pseudonymKeyVersion);
        StreamingOutput file = out -> identifiers.writeMatches(run, pseudonyms, out);
        return Response.ok(file, "text/csv").header(SpreadsheetSafe.HEADER, SpreadsheetSafe.NOTICE).build();
    }

    private static LinkageRun uploaded(UUID id) {
        return LinkageRun.<LinkageRun>findByIdOptional(id).filter(LinkageRun::isUpload)
                .orElseThrow(() -> new NotFoundException("no bespoke linkage " + id));
    }
}
