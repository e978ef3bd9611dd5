package org.opendars.extract.messaging;

import org.opendars.kit.messaging.Topic;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.extract.ApprovedDataset;

/**
 * This service's copy of what it reads from topic {@code agreement-activated}: what the agreement in force lets
 * the custodian release for an application, and to whom.
 */
@Topic(value = "agreement-activated", owner = "approvals-service")
public record AgreementActivated(UUID applicationId, int applicationVersion, String organisationId, String reference,
        int version, String productType, List<ApprovedDataset> datasets, Instant activatedAt) {

    public AgreementActivated {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(datasets, "datasets");
    }
}
