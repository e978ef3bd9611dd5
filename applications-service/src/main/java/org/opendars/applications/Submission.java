package org.opendars.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opendars.applications.ApplicationForm.DsptStatus;

/**
 * One submission of a version of an application, with what the custodian's own records say of what the form names:
 * the assessment runs its checks on these facts, never on what the applicant claims alone.
 */
public record Submission(UUID applicationId, String reference, int version, ApplicationKind kind, int submission,
        String organisationId, ApplicationForm form, List<DatasetFacts> catalogue, List<RegistryEntry> registry,
        List<AttachmentNote> attachments, int cohortSize, UUID cohortId, String submittedBy, Instant submittedAt) {

    /** A requested data set as the catalogue describes it. */
    public record DatasetFacts(String code, String name, boolean identifiable, boolean sensitive,
            List<String> conditions, List<String> permittedPurposes, boolean onwardSharing, List<FieldFacts> fields) {
    }

    public record FieldFacts(String name, Identifiability identifiability, boolean sensitive) {
    }

    /** A party as the registry knows it; {@code registered} is false when its ODS code is not in the registry. */
    public record RegistryEntry(String odsCode, boolean registered, String name, OrganisationType type,
            DsptStatus dsptStatus, LocalDate dsptPublished, String icoRegistration, LocalDate icoExpires) {

        static RegistryEntry of(String odsCode, Organisation organisation) {
            if (organisation == null) {
                return new RegistryEntry(odsCode, false, null, null, null, null, null, null);
            }
            return new RegistryEntry(odsCode, true, organisation.name, organisation.type, organisation.dsptStatus,
                    organisation.dsptPublished, organisation.icoRegistration, organisation.icoExpires);
        }
    }

    public record AttachmentNote(UUID id, Attachment.Kind kind, String fileName, String contentType, long sizeBytes,
            String sha256) {

        static AttachmentNote of(Attachment attachment) {
            return new AttachmentNote(attachment.id, attachment.kind, attachment.fileName, attachment.contentType,
                    attachment.sizeBytes, attachment.sha256);
        }
    }
}
