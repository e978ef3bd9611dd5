package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.approvals.ApplicationForm;
import org.opendars.approvals.Submission;

/** This service's copy of what it reads from topic {@code application-submitted}. */
@Topic(value = "application-submitted", owner = "applications-service")
public record ApplicationSubmitted(UUID applicationId, String reference, int version, String kind, int submission,
        String organisationId, String title, String productType, ApplicationForm form,
        List<Submission.DatasetFacts> catalogue, List<Submission.RegistryEntry> registry,
        List<Submission.AttachmentNote> attachments, int cohortSize, UUID cohortId, String submittedBy) {

    public ApplicationSubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(form, "form");
    }

    public Submission facts() {
        return new Submission(catalogue, registry, attachments);
    }
}
