package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opendars.approvals.AssessmentCase;
import org.opendars.approvals.RequestedDataset;

/**
 * Topic {@code application-approved}: what was approved, for whom, under which agreement. The cohort travels by
 * reference: the linkage service pulls it from the applications service.
 */
@Topic("application-approved")
public record ApplicationApproved(UUID applicationId, int version, String organisationId, UUID caseId,
        String agreementReference, String productType, List<RequestedDataset> datasets, int cohortSize,
        String cohortRef, String approvedBy, Instant approvedAt) {

    public static ApplicationApproved of(AssessmentCase approved) {
        String cohortRef = approved.cohortSize > 0 ? "/internal/applications/" + approved.applicationId + "/cohort"
                : null;
        return new ApplicationApproved(approved.applicationId, approved.applicationVersion, approved.organisationId,
                approved.id, approved.agreementReference, approved.productType, approved.datasets,
                approved.cohortSize, cohortRef, approved.decidedBy, approved.decidedAt);
    }
}
