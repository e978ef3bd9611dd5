package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;

/**
 * Topic {@code application-rejected}. With {@code versionOnly} an amendment, renewal or extension was refused: the
 * agreement already in force, its cohort and its deliveries stay.
 */
@Topic(value = "application-rejected", owner = "approvals-service")
public record ApplicationRejected(UUID applicationId, int version, boolean versionOnly, String organisationId,
        UUID caseId, String reason, UUID cohortId, String rejectedBy, Instant rejectedAt) {

    public static ApplicationRejected of(AssessmentCase rejected, boolean versionOnly) {
        return new ApplicationRejected(rejected.applicationId, rejected.applicationVersion, versionOnly,
                rejected.organisationId, rejected.id, rejected.decisionReason, rejected.cohortId, rejected.decidedBy,
                rejected.decidedAt);
    }
}
