package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.RequestedDataset;

/**
 * Topic {@code application-approved}: what was approved, for whom, under which agreement. The cohort is named by its
 * reference in linkage-service, which holds it; {@code cohortRef} is always null since cohorts moved there.
 */
@Topic(value = "application-approved", owner = "approvals-service")
public record ApplicationApproved(UUID applicationId, int version, String organisationId, UUID caseId,
        String agreementReference, String productType, List<RequestedDataset> datasets, int cohortSize,
        UUID cohortId, String cohortRef, String approvedBy, Instant approvedAt) {

    public static ApplicationApproved of(AssessmentCase approved) {
        return new ApplicationApproved(approved.applicationId, approved.applicationVersion, approved.organisationId,
                approved.id, approved.agreementReference, approved.productType, approved.datasets,
                approved.cohortSize, approved.cohortId, null, approved.decidedBy, approved.decidedAt);
    }
}
