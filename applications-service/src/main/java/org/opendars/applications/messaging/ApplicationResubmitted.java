package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.applications.ApplicationForm;
import org.opendars.applications.ApplicationKind;
import org.opendars.applications.Question;
import org.opendars.applications.Submission;

/**
 * Topic {@code application-resubmitted}: a returned version sent back with its questions answered. It carries the
 * form again in full (it may have changed) and the answers; the same case resumes, with its clock.
 */
@Topic(value = "application-resubmitted", owner = "applications-service")
public record ApplicationResubmitted(UUID applicationId, String reference, int version, ApplicationKind kind,
        int submission, String organisationId, String title, String productType, ApplicationForm form,
        List<Submission.DatasetFacts> catalogue, List<Submission.RegistryEntry> registry,
        List<Submission.AttachmentNote> attachments, List<Question> answers, int cohortSize, UUID cohortId,
        String submittedBy, Instant submittedAt) {

    public static ApplicationResubmitted of(Submission s, List<Question> answers) {
        return new ApplicationResubmitted(s.applicationId(), s.reference(), s.version(), s.kind(), s.submission(),
                s.organisationId(), s.form().title(), s.form().productType() == null ? null : s.form().productType().name(),
                s.form(), s.catalogue(), s.registry(), s.attachments(), answers, s.cohortSize(), s.cohortId(),
                s.submittedBy(), s.submittedAt());
    }
}
