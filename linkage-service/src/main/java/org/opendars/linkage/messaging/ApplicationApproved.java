package org.opendars.linkage.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.linkage.ApprovedDataset;

/** This service's copy of what it reads from topic {@code application-approved}. */
@Topic("application-approved")
public record ApplicationApproved(UUID applicationId, int version, String organisationId, String productType,
        List<ApprovedDataset> datasets, int cohortSize, String cohortRef) {

    public ApplicationApproved {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(datasets, "datasets");
    }
}
