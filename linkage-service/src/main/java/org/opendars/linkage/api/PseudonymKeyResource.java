package org.opendars.linkage.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.kit.problem.NotFoundProblem;
import org.opendars.linkage.IdentifierStore;
import org.opendars.linkage.PseudonymKey;
import org.opendars.linkage.PseudonymKeys;

/**
 * Rotation of an organisation's pseudonymisation key. Pseudonyms released from then on are under the new version;
 * the organisation's recipients get a mapping from each pseudonym it was given under the old version to the new
 * one, so their earlier data stays joinable with what comes next, and nobody else's does.
 */
@Path("/api/pseudonym-keys/{organisationId}")
public class PseudonymKeyResource {

    public record KeyVersion(String organisationId, int version, Instant createdAt, String createdBy,
            Instant retiredAt) {

        static KeyVersion of(PseudonymKey key) {
            return new KeyVersion(key.organisationId(), key.version(), key.createdAt, key.createdBy, key.retiredAt);
        }
    }

    private final PseudonymKeys keys;
    private final IdentifierStore identifiers;
    private final Caller caller;

    PseudonymKeyResource(PseudonymKeys keys, IdentifierStore identifiers, Caller caller) {
        this.keys = keys;
        this.identifiers = identifiers;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ "data-manager", "admin", "auditor" })
    public KeyVersion current(@PathParam("organisationId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String organisationId) {
        return KeyVersion.of(keys.current(organisationId));
    }

    @POST
    @Path("/rotations")
    @RolesAllowed({ "data-manager", "admin" })
    @Audited
    public Response rotate(@PathParam("organisationId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String organisationId) {
        PseudonymKey key = keys.rotate(organisationId, caller.name());
        return Response.created(URI.create("/api/pseudonym-keys/" + organisationId + "/rotations/" + key.version()
                + "/mapping")).entity(KeyVersion.of(key)).build();
    }

    /** old_pseudonym,new_pseudonym for every person the organisation was given a pseudonym of before version N. */
    @GET
    @Path("/rotations/{version}/mapping")
    @Produces("text/csv")
    @RolesAllowed({ "recipient", "data-manager" })
    @Audited
    public StreamingOutput mapping(@PathParam("organisationId") String organisationId,
            @PathParam("version") int version) {
        if (!caller.maySee(organisationId) || version < 2) {
            throw new NotFoundProblem("no rotation to version " + version + " of " + organisationId);
        }
        keys.existing(organisationId, version);
        PseudonymKey.Pseudonymiser before = keys.pseudonymiser(organisationId, version - 1);
        PseudonymKey.Pseudonymiser after = keys.pseudonymiser(organisationId, version);
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("old_pseudonym", "new_pseudonym").setRecordSeparator('\n').get())) {
                identifiers.personsLinkedFor(organisationId, person -> {
                    try {
                        csv.printRecord(before.of(person), after.of(person));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        };
    }
}
