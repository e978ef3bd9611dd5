package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.applications.ApplicationForm;
import org.opendars.applications.ApplicationKind;
import org.opendars.applications.Submission;

/**
 * Topic {@code application-submitted}: the version's whole form, and what the custodian knows of what it names (the
 * catalogue's facts on each requested data set and field, the registry's on each party), so the assessment needs
 * no call back. The cohort's identifiers never come here.
 */
@Topic(value = "application-submitted", owner = "applications-service")
public record ApplicationSubmitted(UUID applicationId, String reference, int version, ApplicationKind kind,
        int submission, String organisationId, String title, String productType, ApplicationForm form,
        List<Submission.DatasetFacts> catalogue, List<Submission.RegistryEntry> registry,
        List<Submission.AttachmentNote> attachments, int cohortSize, UUID cohortId, String submittedBy,
        Instant submittedAt) {

    public static ApplicationSubmitted of(Submission s) {
        return new ApplicationSubmitted(s.applicationId(), s.reference(), s.version(), s.kind(), s.submission(),
                s.organisationId(), s.form().title(), s.form().productType() == null ? null : s.form().productType().name(),
                s.form(), s.catalogue(), s.registry(), s.attachments(), s.cohortSize(), s.cohortId(), s.submittedBy(),
                s.submittedAt());
    }
}
