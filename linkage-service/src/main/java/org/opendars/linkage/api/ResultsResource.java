package org.opendars.linkage.api;

import org.opendars.kit.api.Audited;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;

import org.opendars.linkage.IdentifierStore;
import org.opendars.linkage.LinkageRun;
import org.opendars.linkage.PseudonymKey;
import org.opendars.linkage.PseudonymKeys;
import org.opendars.linkage.RunStatus;

/**
 * The claim-check end of linkage-completed: the extract service pulls a completed run's results here. Rows carry
 * the organisation's pseudonym and record ids, never identifiers.
 */
@Path("/internal/linkage-runs/{id}/results")
@RolesAllowed("results-reader")
public class ResultsResource {

    private final IdentifierStore identifiers;
    private final PseudonymKeys keys;

    ResultsResource(IdentifierStore identifiers, PseudonymKeys keys) {
        this.identifiers = identifiers;
        this.keys = keys;
    }

    @GET
    @Produces("text/csv")
    @Audited
    public StreamingOutput results(@PathParam("id") UUID id) {
        LinkageRun run = LinkageRun.<LinkageRun>findByIdOptional(id).filter(r -> r.status == RunStatus.COMPLETED)
                .orElseThrow(() -> new NotFoundException("no completed linkage run " + id));
        PseudonymKey.Pseudonymiser pseudonyms = keys.pseudonymiser(run.organisationId, run.pseudonymKeyVersion);
        return out -> identifiers.writeResults(run, pseudonyms, out);
    }
}
