package org.opendars.extract.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code linkage-completed}. */
@Topic(value = "linkage-completed", owner = "linkage-service")
public record LinkageCompleted(UUID applicationId, String organisationId, UUID linkageRunId, long resultRows,
        String resultsRef, Integer pseudonymKeyVersion, Integer personIndexVersion, Boolean optOutsApplied,
        Long optedOut, String optOutExemption, String productType, Integer delivery, Trigger trigger) {

    /** The release whose linkage made a standard extract's delivery. */
    public record Trigger(String datasetCode, String releaseId, int fileVersion) {
    }

    public LinkageCompleted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(linkageRunId, "linkageRunId");
        Objects.requireNonNull(resultsRef, "resultsRef");
    }
}
