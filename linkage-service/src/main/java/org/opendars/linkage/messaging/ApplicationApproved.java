package org.opendars.linkage.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.linkage.ApprovedDataset;

/** This service's copy of what it reads from topic {@code application-approved}. */
@Topic(value = "application-approved", owner = "approvals-service")
public record ApplicationApproved(UUID applicationId, int version, String organisationId, String productType,
        List<ApprovedDataset> datasets, int cohortSize, UUID cohortId) {

    /** Bespoke products are built around the applicant's cohort; an approval of one without a cohort links nothing. */
    public boolean needsCohort() {
        return "BESPOKE_EXTRACT".equals(productType) || "BESPOKE_LINKAGE".equals(productType);
    }

    public ApplicationApproved {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(datasets, "datasets");
    }
}
