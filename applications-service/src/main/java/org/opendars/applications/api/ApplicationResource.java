package org.opendars.applications.api;

import org.opendars.kit.api.Audited;

import org.opendars.kit.api.Caller;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.opendars.applications.Application;
import org.opendars.applications.ApplicationNotFoundException;
import org.opendars.applications.ApplicationService;
import org.opendars.applications.NewApplication;

/** People only: service clients hold no role here, so their tokens are refused rather than shown an empty list. */
@Path("/api/applications")
@RolesAllowed({ "applicant", "signatory", "recipient", "case-officer", "panel-member", "approver", "data-manager",
        "auditor", "admin" })
public class ApplicationResource {

    private final ApplicationService applications;
    private final Caller caller;

    ApplicationResource(ApplicationService applications, Caller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("applicant")
    @Audited
    public Response create(@NotNull @Valid NewApplication request,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        Application application = applications.create(caller.requireOrganisation(), caller.name(), request,
                idempotencyKey);
        return withTag(Response.created(URI.create("/api/applications/" + application.id)), application).build();
    }

    /** Newest first, a page at a time. */
    @GET
    public List<ApplicationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        List<Application> visible = caller.isStaff() ? Application.everyone(page, size)
                : Application.ofOrganisation(caller.requireOrganisation(), page, size);
        return visible.stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), visible(id)).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed("applicant")
    @Audited
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), applications.submit(id, this::visible, version(ifMatch), caller.name())).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("applicant")
    @Audited
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), applications.withdraw(id, this::visible, version(ifMatch), caller.name())).build();
    }

    private boolean visible(Application application) {
        return caller.maySee(application.organisationId);
    }

    private Application visible(UUID id) {
        return applications.find(id, this::visible).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder builder, Application application) {
        return builder.tag(new EntityTag(Long.toString(application.rowVersion))).entity(ApplicationView.of(application));
    }
}
