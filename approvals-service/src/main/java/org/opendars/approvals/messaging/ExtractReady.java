package org.opendars.approvals.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;

/** This service's copy of what it reads from topic {@code extract-ready}: a delivered release, for the register. */
@Topic(value = "extract-ready", owner = "extract-service")
public record ExtractReady(UUID applicationId, String organisationId, UUID extractId, Instant readyAt,
        String agreementReference, Integer agreementVersion, String productType, List<String> datasets) {

    public ExtractReady {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(extractId, "extractId");
        Objects.requireNonNull(readyAt, "readyAt");
    }
}
