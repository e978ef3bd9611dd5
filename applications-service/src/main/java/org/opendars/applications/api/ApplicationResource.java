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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.opendars.applications.ApplicationForm;
import org.opendars.applications.ApplicationKind;
import org.opendars.applications.ApplicationSettings;
import org.opendars.applications.ApplicationVersion;
import org.opendars.applications.Attachment;
import org.opendars.applications.FormDiff;
import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.NotFoundProblem;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.ObjectMapper;

/** People only: service clients hold no role here, so their tokens are refused rather than shown an empty list. */
@Path("/api/applications")
@RolesAllowed({ "applicant", "signatory", "recipient", "case-officer", "panel-member", "approver", "data-manager",
        "auditor", "admin" })
public class ApplicationResource {

    private final ApplicationService applications;
    private final Caller caller;

    private final ApplicationSettings settings;
    private final ObjectMapper json;

    ApplicationResource(ApplicationService applications, Caller caller, ApplicationSettings settings,
            ObjectMapper json) {
        this.applications = applications;
        this.caller = caller;
        this.settings = settings;
        this.json = json;
    }

    public record AnswersRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid AnswerItem> answers) {
    }

    public record AnswerItem(@NotNull @Positive Integer question, @NotBlank @Size(max = 10_000) String answer) {
    }

    public record VersionRequest(@NotNull ApplicationKind kind, @NotBlank @Size(max = 2_000) String reason) {
    }

    /** A supporting document: a multipart form with its kind and the file. */
    public static class AttachmentForm {

        @RestForm
        @PartType(MediaType.TEXT_PLAIN)
        public String kind;

        @RestForm("file")
        public FileUpload file;
    }

    @POST
    @RolesAllowed("applicant")
    @Audited
    public Response create(@Valid ApplicationForm request,
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

    /** The whole form replaces the draft's: a partial form saves what it holds. */
    @PUT
    @Path("/{id}")
    @RolesAllowed("applicant")
    @Audited
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ApplicationForm form) {
        return withTag(Response.ok(), applications.edit(id, this::visible, version(ifMatch), form)).build();
    }

    @POST
    @Path("/{id}/answers")
    @RolesAllowed("applicant")
    @Audited
    public Response answer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AnswersRequest request) {
        List<ApplicationService.Answer> answers = request.answers().stream()
                .map(a -> new ApplicationService.Answer(a.question(), a.answer())).toList();
        return withTag(Response.ok(), applications.answer(id, this::visible, version(ifMatch), caller.name(), answers))
                .build();
    }

    @POST
    @Path("/{id}/resubmit")
    @RolesAllowed("applicant")
    @Audited
    public Response resubmit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), applications.resubmit(id, this::visible, version(ifMatch), caller.name()))
                .build();
    }

    /** An amendment, renewal or extension: a new draft version of the approved application. */
    @POST
    @Path("/{id}/versions")
    @RolesAllowed("applicant")
    @Audited
    public Response startVersion(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VersionRequest request) {
        Application application = applications.startVersion(id, this::visible, version(ifMatch), caller.name(),
                request.kind(), request.reason());
        return withTag(Response.status(201), application).build();
    }

    @GET
    @Path("/{id}/versions")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        Application application = visible(id);
        List<VersionView> versions = new java.util.ArrayList<>(ApplicationVersion.ofApplication(id).stream()
                .map(VersionView::of).toList());
        if (versions.stream().noneMatch(v -> v.version() == application.version)) {
            versions.add(VersionView.draft(application));
        }
        return versions;
    }

    @GET
    @Path("/{id}/versions/{version}")
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return VersionView.of(visible(id), version)
                .orElseThrow(() -> new NotFoundProblem("application " + id + " has no version " + version));
    }

    /** Field-level changes between two versions; the current draft counts as its version until it is submitted. */
    @GET
    @Path("/{id}/diff")
    public DiffView diff(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        Application application = visible(id);
        List<InvalidRequestException.FieldError> unnamed = new java.util.ArrayList<>();
        if (from == null) {
            unnamed.add(new InvalidRequestException.FieldError("from", "name the version to compare"));
        }
        if (to == null) {
            unnamed.add(new InvalidRequestException.FieldError("to", "name the version to compare with"));
        }
        if (!unnamed.isEmpty()) {
            throw new InvalidRequestException(unnamed);
        }
        VersionView before = VersionView.of(application, from)
                .orElseThrow(() -> new InvalidRequestException("from", "application has no version " + from));
        VersionView after = VersionView.of(application, to)
                .orElseThrow(() -> new InvalidRequestException("to", "application has no version " + to));
        return new DiffView(from, to, FormDiff.between(json, before.form(), after.form()));
    }

    public record DiffView(int from, int to, List<FormDiff.Change> changes) {
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("applicant")
    @Audited
    public Response attach(@PathParam("id") UUID id, AttachmentForm form) {
        visible(id);
        AttachmentUpload upload = AttachmentUpload.read(form == null ? null : form.kind,
                form == null ? null : form.file, settings.maxAttachmentBytes());
        Attachment attachment = applications.attach(id, this::visible, caller.name(), upload.kind(),
                upload.fileName(), upload.contentType(), upload.content());
        return Response.created(URI.create("/api/applications/" + id + "/attachments/" + attachment.id))
                .entity(AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("/{id}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") UUID id) {
        visible(id);
        return Attachment.ofApplication(id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({ "application/pdf", "image/png", "image/jpeg", "text/plain", "application/problem+json" })
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        visible(id);
        Attachment attachment = Attachment.of(id, attachmentId)
                .orElseThrow(() -> new NotFoundProblem("application " + id + " has no attachment " + attachmentId));
        return Response.ok(attachment.content, attachment.contentType)
                .header("X-Checksum-SHA256", attachment.sha256)
                .header("Content-Disposition", "attachment; filename=\"attachment-" + attachment.id + "\"")
                .build();
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

    static Long version(String ifMatch) {
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
