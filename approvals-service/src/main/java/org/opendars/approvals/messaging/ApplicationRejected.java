package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;

/** Topic {@code application-rejected}. */
@Topic(value = "application-rejected", owner = "approvals-service")
public record ApplicationRejected(UUID applicationId, int version, String organisationId, UUID caseId, String reason,
        UUID cohortId, String rejectedBy, Instant rejectedAt) {

    public static ApplicationRejected of(AssessmentCase rejected) {
        return new ApplicationRejected(rejected.applicationId, rejected.applicationVersion, rejected.organisationId,
                rejected.id, rejected.decisionReason, rejected.cohortId, rejected.decidedBy, rejected.decidedAt);
    }
}
