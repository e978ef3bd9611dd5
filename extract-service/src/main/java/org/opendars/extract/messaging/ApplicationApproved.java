package org.opendars.extract.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.extract.ApprovedDataset;

/** This service's copy of what it reads from topic {@code application-approved}. */
@Topic(value = "application-approved", owner = "approvals-service")
public record ApplicationApproved(UUID applicationId, int version, String organisationId, String agreementReference,
        String productType, List<ApprovedDataset> datasets, Instant approvedAt) {

    public ApplicationApproved {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(agreementReference, "agreementReference");
        Objects.requireNonNull(datasets, "datasets");
    }
}
