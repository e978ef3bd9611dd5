package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;

/**
 * Topic {@code application-returned}: the case officer's questions; the application goes back to the applicant and
 * the service-level clock pauses until it is resubmitted. {@code round} counts the returns of this version.
 */
@Topic(value = "application-returned", owner = "approvals-service")
public record ApplicationReturned(UUID applicationId, int version, String organisationId, UUID caseId, int round,
        List<String> questions, String returnedBy, Instant returnedAt) {

    public static ApplicationReturned of(AssessmentCase returned, List<String> questions, String by) {
        return new ApplicationReturned(returned.applicationId, returned.applicationVersion, returned.organisationId,
                returned.id, returned.returns, List.copyOf(questions), by, Instant.now());
    }
}
