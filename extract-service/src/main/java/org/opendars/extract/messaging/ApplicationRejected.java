package org.opendars.extract.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;

/** This service's copy of what it reads from topic {@code application-rejected}. */
@Topic(value = "application-rejected", owner = "approvals-service")
public record ApplicationRejected(UUID applicationId, boolean versionOnly, int version, String organisationId, String reason,
        String rejectedBy, Instant rejectedAt) {

    public ApplicationRejected {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
