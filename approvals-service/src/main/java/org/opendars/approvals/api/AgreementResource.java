package org.opendars.approvals.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.opendars.approvals.Agreement;
import org.opendars.approvals.AgreementDocument;
import org.opendars.approvals.AgreementKind;
import org.opendars.approvals.AgreementService;
import org.opendars.approvals.AgreementSettings;
import org.opendars.approvals.AgreementTerms;
import org.opendars.approvals.DataDestruction;
import org.opendars.approvals.DestructionMethod;
import org.opendars.approvals.SigningParty;
import org.opendars.kit.api.Audited;
import org.opendars.kit.api.Caller;
import org.opendars.kit.problem.InvalidRequestException;
import org.opendars.kit.problem.NotFoundProblem;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Data sharing agreements: read by the custodian's staff and by the organisation each names, signed by one
 * signatory of each party, renewed, extended and revoked by the custodian, and closed by the recipient's record
 * that the data was destroyed.
 */
@Path("/api/agreements")
@RolesAllowed({ "applicant", "signatory", "recipient", "case-officer", "panel-member", "approver",
        "custodian-signatory", "auditor", "admin" })
public class AgreementResource {

    private static final Set<String> CERTIFICATE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    public record SignatureRequest(
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the document's SHA-256 in hex")
            String documentSha256) {
    }

    public record RevocationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record VersionRequest(@NotNull AgreementKind kind, @NotNull LocalDate endDate,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** The recipient's destruction record: a multipart form with the certificate file. */
    public static class DestructionForm {

        @RestForm
        @PartType(MediaType.TEXT_PLAIN)
        public String destroyedOn;

        @RestForm
        @PartType(MediaType.TEXT_PLAIN)
        public String method;

        @RestForm("certificate")
        public FileUpload certificate;

        /** The form read and checked field by field; every problem is listed at once. */
        Filed read(int maxBytes) {
            List<InvalidRequestException.FieldError> errors = new java.util.ArrayList<>();
            LocalDate date = null;
            if (destroyedOn == null || destroyedOn.isBlank()) {
                errors.add(new InvalidRequestException.FieldError("destroyedOn", "is required (YYYY-MM-DD)"));
            } else {
                try {
                    date = LocalDate.parse(destroyedOn.strip());
                } catch (DateTimeParseException e) {
                    errors.add(new InvalidRequestException.FieldError("destroyedOn", "must be a date (YYYY-MM-DD)"));
                }
            }
            DestructionMethod how = java.util.Arrays.stream(DestructionMethod.values())
                    .filter(m -> method != null && m.name().equals(method.strip())).findFirst().orElse(null);
            if (how == null) {
                errors.add(new InvalidRequestException.FieldError("method", "must be one of "
                        + java.util.Arrays.toString(DestructionMethod.values())));
            }
            String type = certificate == null ? "" : baseType(certificate.contentType());
            if (certificate == null || certificate.size() == 0) {
                errors.add(new InvalidRequestException.FieldError("certificate", "the destruction certificate file"
                        + " is required"));
            } else if (!CERTIFICATE_TYPES.contains(type)) {
                errors.add(new InvalidRequestException.FieldError("certificate", "must be one of " + CERTIFICATE_TYPES));
            } else if (certificate.size() > maxBytes) {
                errors.add(new InvalidRequestException.FieldError("certificate", "must be at most " + maxBytes
                        + " bytes"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            String name = certificate.fileName() == null || certificate.fileName().isBlank() ? "certificate"
                    : certificate.fileName();
            try {
                return new Filed(date, how, name.length() > 200 ? name.substring(0, 200) : name, type,
                        Files.readAllBytes(certificate.uploadedFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A checked destruction record, ready to file. */
    record Filed(LocalDate destroyedOn, DestructionMethod method, String fileName, String contentType, byte[] bytes) {
    }

    private final AgreementService agreements;
    private final AgreementDocument documents;
    private final AgreementSettings settings;
    private final Caller caller;
    private final SecurityIdentity identity;

    AgreementResource(AgreementService agreements, AgreementDocument documents, AgreementSettings settings,
            Caller caller, SecurityIdentity identity) {
        this.agreements = agreements;
        this.documents = documents;
        this.settings = settings;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    public List<AgreementView> list(@QueryParam("applicationId") UUID applicationId) {
        List<Agreement> found;
        if (applicationId != null) {
            found = Agreement.ofApplication(applicationId);
        } else if (caller.isStaff()) {
            found = Agreement.recent();
        } else {
            found = Agreement.ofOrganisation(caller.requireOrganisation());
        }
        return found.stream().filter(a -> caller.maySee(a.organisationId)).map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    public AgreementView get(@PathParam("id") UUID id) {
        return view(visible(id));
    }

    /** The document exactly as issued: the bytes whose SHA-256 each party signs. */
    @GET
    @Path("/{id}/document")
    @Produces({ "text/html", "application/problem+json" })
    public Response document(@PathParam("id") UUID id) {
        Agreement agreement = visible(id);
        return Response.ok(agreement.documentHtml, "text/html; charset=utf-8")
                .header("X-Document-SHA256", agreement.documentSha256)
                .header("ETag", "\"" + agreement.documentSha256 + "\"")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }

    /** The same document as PDF, for filing; the signature covers the HTML it is drawn from. */
    @GET
    @Path("/{id}/document.pdf")
    @Produces({ "application/pdf", "application/problem+json" })
    public Response pdf(@PathParam("id") UUID id) {
        Agreement agreement = visible(id);
        return Response.ok(documents.pdf(agreement), "application/pdf")
                .header("X-Document-SHA256", agreement.documentSha256)
                .header("Content-Disposition", "attachment; filename=\"" + agreement.reference + "-v"
                        + agreement.version + ".pdf\"")
                .build();
    }

    /** What differs between two versions of the same agreement; from the previous version when none is named. */
    @GET
    @Path("/{id}/changes")
    public List<AgreementTerms.Change> changes(@PathParam("id") UUID id, @QueryParam("from") UUID from) {
        Agreement agreement = visible(id);
        if (from == null) {
            return agreement.changes;
        }
        Agreement other = visible(from);
        if (!other.reference.equals(agreement.reference)) {
            throw new InvalidRequestException("from", "not a version of " + agreement.reference);
        }
        return agreement.terms().changesSince(other.terms());
    }

    /** A signature for the caller's party: the custodian's signatory for the custodian, else the organisation's. */
    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({ "signatory", "custodian-signatory" })
    @Audited
    public AgreementView sign(@PathParam("id") UUID id, @NotNull @Valid SignatureRequest request) {
        SigningParty party = identity.hasRole("custodian-signatory") ? SigningParty.CUSTODIAN : SigningParty.APPLICANT;
        return view(agreements.sign(id, party, caller.name(), caller.organisation(), request.documentSha256()));
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed("approver")
    @Audited
    public AgreementView revoke(@PathParam("id") UUID id, @NotNull @Valid RevocationRequest request) {
        return view(agreements.revoke(id, caller.name(), request.reason()));
    }

    /** A renewal or extension of the latest version, issued for both parties to sign again. */
    @POST
    @Path("/{id}/versions")
    @RolesAllowed("approver")
    @Audited
    public Response amend(@PathParam("id") UUID id, @NotNull @Valid VersionRequest request) {
        Agreement version = agreements.amend(id, request.kind(), request.endDate(), request.reason(), caller.name());
        return Response.status(201).entity(view(version)).build();
    }

    @POST
    @Path("/{id}/destruction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ "signatory", "recipient" })
    @Audited
    public AgreementView recordDestruction(@PathParam("id") UUID id, DestructionForm form) {
        visible(id);
        Filed filed = (form == null ? new DestructionForm() : form).read(settings.maxCertificateBytes());
        agreements.recordDestruction(id, caller.name(), caller.organisation(), filed.destroyedOn(), filed.method(),
                filed.fileName(), filed.contentType(), filed.bytes());
        return view(existing(id));
    }

    @GET
    @Path("/{id}/destruction/certificate")
    @Produces({ "application/pdf", "image/png", "image/jpeg", "application/problem+json" })
    public Response certificate(@PathParam("id") UUID id) {
        DataDestruction record = DataDestruction.of(visible(id));
        if (record == null) {
            throw new NotFoundProblem("no destruction is recorded for agreement " + id);
        }
        return Response.ok(record.certificate, record.certificateType)
                .header("X-Checksum-SHA256", record.certificateSha256)
                .header("Content-Disposition", "attachment; filename=\"destruction-" + id + "\"")
                .build();
    }

    /** Ended agreements whose recipients have not recorded the data's destruction in time. */
    @GET
    @Path("/destruction-overdue")
    @RolesAllowed({ "case-officer", "approver", "auditor", "admin" })
    public List<AgreementView> overdue() {
        return agreements.overdueDestructions().stream().map(this::view).toList();
    }

    private AgreementView view(Agreement agreement) {
        // Only an agreement that ended can have a destruction record: the others need no lookup.
        return AgreementView.of(agreement, agreements.destructionDue(agreement),
                agreement.status.isTerminal() ? DataDestruction.of(agreement) : null);
    }

    private static Agreement existing(UUID id) {
        return Agreement.<Agreement>findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("no agreement " + id));
    }

    /** Another organisation's agreement is reported as absent. */
    private Agreement visible(UUID id) {
        return Agreement.<Agreement>findByIdOptional(id).filter(a -> caller.maySee(a.organisationId))
                .orElseThrow(() -> new NotFoundProblem("no agreement " + id));
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase();
    }
}
