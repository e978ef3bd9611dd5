package org.opendars.kit.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The audit trail of this service, newest first, for auditors. */
@Path("/api/admin/audit")
@RolesAllowed({ "auditor", "admin" })
public class AuditResource {

    @GET
    public List<AuditEvent> latest(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return AuditEvent.latest(limit);
    }
}
