package org.opendars.linkage.api;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.linkage.OptOuts;

/**
 * The National Data Opt-out list, loaded whole by a data manager. What anyone can read back is its size and
 * provenance, never who is on it.
 */
@Path("/api/opt-outs")
@RolesAllowed({ "data-manager", "auditor", "admin" })
public class OptOutResource {

    private final OptOuts optOuts;
    private final Caller caller;

    OptOutResource(OptOuts optOuts, Caller caller) {
        this.optOuts = optOuts;
        this.caller = caller;
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed("data-manager")
    @Audited
    public OptOuts.Load replace(InputStream csv) {
        return optOuts.replace(csv, caller.name());
    }

    /** Version 0 with no entries until a list is first loaded: until then nobody's opt-out can be honoured. */
    @GET
    public OptOuts.Load latest() {
        return optOuts.latest().orElse(new OptOuts.Load(0, 0, 0, 0, null, null, null));
    }
}
