package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.approvals.LegalBasis;
import org.opendars.approvals.RequestedDataset;

/** This service's copy of what it reads from topic {@code application-submitted}. */
@Topic(value = "application-submitted", owner = "applications-service")
public record ApplicationSubmitted(UUID applicationId, String reference, int version, String organisationId,
        String title, String purpose, String productType, LegalBasis legalBasis, List<RequestedDataset> datasets,
        int cohortSize, UUID cohortId, String submittedBy) {

    public ApplicationSubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(datasets, "datasets");
    }
}
