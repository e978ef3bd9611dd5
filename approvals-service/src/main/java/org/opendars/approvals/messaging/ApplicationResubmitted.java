package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.approvals.ApplicationForm;
import org.opendars.approvals.Submission;

/** This service's copy of what it reads from topic {@code application-resubmitted}. */
@Topic(value = "application-resubmitted", owner = "applications-service")
public record ApplicationResubmitted(UUID applicationId, int version, int submission, String title,
        ApplicationForm form, List<Submission.DatasetFacts> catalogue, List<Submission.RegistryEntry> registry,
        List<Submission.AttachmentNote> attachments, List<Answer> answers, int cohortSize, String submittedBy) {

    /** A question of the return, with the applicant's answer. */
    public record Answer(int number, int version, String text, String answer) {
    }

    public ApplicationResubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(form, "form");
    }

    public Submission facts() {
        return new Submission(catalogue, registry, attachments);
    }
}
