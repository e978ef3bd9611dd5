package org.opendars.approvals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What applications-service knew, at submission, of what the form names: the catalogue's facts on each requested
 * data set and field and the registry's on each party. The checks trust these over the applicant's own claims.
 */
public record Submission(List<DatasetFacts> catalogue, List<RegistryEntry> registry, List<AttachmentNote> attachments) {

    public record DatasetFacts(String code, String name, boolean identifiable, boolean sensitive,
            List<String> conditions, List<String> permittedPurposes, boolean onwardSharing, List<FieldFacts> fields) {
    }

    public enum Identifiability {
        DIRECT, INDIRECT, NONE
    }

    public record FieldFacts(String name, Identifiability identifiability, boolean sensitive) {
    }

    public record RegistryEntry(String odsCode, boolean registered, String name, String type,
            ApplicationForm.DsptStatus dsptStatus, LocalDate dsptPublished, String icoRegistration,
            LocalDate icoExpires) {
    }

    public record AttachmentNote(UUID id, String kind, String fileName, String contentType, long sizeBytes,
            String sha256) {
    }

    public static Submission none() {
        return new Submission(List.of(), List.of(), List.of());
    }

    public List<DatasetFacts> catalogueOrNone() {
        return catalogue == null ? List.of() : catalogue;
    }

    public List<RegistryEntry> registryOrNone() {
        return registry == null ? List.of() : registry;
    }

    public List<AttachmentNote> attachmentsOrNone() {
        return attachments == null ? List.of() : attachments;
    }
}
