package org.opendars.applications.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.opendars.applications.ApplicationForm.DsptStatus;
import org.opendars.applications.Organisation;
import org.opendars.applications.OrganisationRegistry;
import org.opendars.applications.OrganisationType;
import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.kit.problem.NotFoundProblem;

/**
 * The organisations registry: everyone who fills in or assesses a form reads it; the custodian's case officers keep
 * it, since DSPT and ICO registration are what information governance verifies.
 */
@Path("/api/organisations")
@RolesAllowed({ "applicant", "signatory", "recipient", "case-officer", "panel-member", "approver", "data-manager",
        "auditor", "admin" })
public class OrganisationResource {

    public record OrganisationRequest(
            @Size(max = 40) String organisationId,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationType type,
            DsptStatus dsptStatus,
            LocalDate dsptPublished,
            @Pattern(regexp = "Z[A-Z0-9]{7}|[A-Z]{2}[0-9]{6}", message = "must be an ICO registration number such as Z1234567") String icoRegistration,
            LocalDate icoExpires) {
    }

    public record OrganisationView(String odsCode, String organisationId, String name, OrganisationType type,
            DsptStatus dsptStatus, LocalDate dsptPublished, String icoRegistration, LocalDate icoExpires,
            String updatedBy, Instant updatedAt) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.odsCode, o.organisationId, o.name, o.type, o.dsptStatus, o.dsptPublished,
                    o.icoRegistration, o.icoExpires, o.updatedBy, o.updatedAt);
        }
    }

    private final OrganisationRegistry registry;
    private final Caller caller;

    OrganisationResource(OrganisationRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @GET
    public List<OrganisationView> list() {
        return Organisation.all().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("/{odsCode}")
    public Response get(@PathParam("odsCode") String odsCode) {
        Organisation organisation = Organisation.byOdsCode(odsCode)
                .orElseThrow(() -> new NotFoundProblem("no organisation with ODS code " + odsCode));
        return Response.ok(OrganisationView.of(organisation))
                .tag(new EntityTag(Long.toString(organisation.rowVersion))).build();
    }

    @PUT
    @Path("/{odsCode}")
    @RolesAllowed({ "case-officer", "admin" })
    @Audited
    public Response put(@PathParam("odsCode") @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code") String odsCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid OrganisationRequest request) {
        boolean existed = Organisation.byOdsCode(odsCode).isPresent();
        Organisation organisation = registry.put(odsCode, new OrganisationRegistry.Entry(request.organisationId(),
                request.name(), request.type(), request.dsptStatus(), request.dsptPublished(),
                request.icoRegistration(), request.icoExpires()), ApplicationResource.version(ifMatch),
                caller.name());
        return Response.status(existed ? 200 : 201).entity(OrganisationView.of(organisation))
                .tag(new EntityTag(Long.toString(organisation.rowVersion))).build();
    }
}
