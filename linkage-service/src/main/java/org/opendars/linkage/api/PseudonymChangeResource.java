package org.opendars.linkage.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.linkage.PersonIndexKeeper;
import org.opendars.linkage.PseudonymKey;
import org.opendars.linkage.PseudonymKeys;

/**
 * The old-to-new pseudonym file (HES's Old_New_HESID): for every person the recipient's organisation received a
 * pseudonym of who was since merged into another or split, the old and the new pseudonym in its own key, so its
 * earlier deliveries can be joined to later ones.
 */
@Path("/api/pseudonym-changes")
@RolesAllowed("recipient")
public class PseudonymChangeResource {

    private final PersonIndexKeeper keeper;
    private final PseudonymKeys keys;
    private final Caller caller;

    PseudonymChangeResource(PersonIndexKeeper keeper, PseudonymKeys keys, Caller caller) {
        this.keeper = keeper;
        this.keys = keys;
        this.caller = caller;
    }

    @GET
    @Produces("text/csv")
    @Audited
    public Response changes() {
        String organisation = caller.organisation().orElseThrow(() -> new jakarta.ws.rs.ForbiddenException(
                "a recipient belongs to an organisation"));
        PseudonymKey.Pseudonymiser pseudonyms = keys.pseudonymiser(organisation, null);
        var changes = keeper.changesDeliveredTo(organisation);
        StreamingOutput body = out -> {
            try (CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT.builder().setHeader("old_pseudonym", "new_pseudonym", "change",
                            "index_version", "changed_at").setRecordSeparator('\n').get())) {
                for (PersonIndexKeeper.Change change : changes) {
                    csv.printRecord(pseudonyms.of(change.oldPersonId()), pseudonyms.of(change.newPersonId()),
                            change.kind(), change.indexVersion(), change.changedAt());
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"old-new-pseudonyms.csv\"")
                .build();
    }
}
