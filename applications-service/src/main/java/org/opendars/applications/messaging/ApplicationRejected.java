package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code application-rejected}. */
@Topic(value = "application-rejected", owner = "approvals-service")
public record ApplicationRejected(UUID applicationId, int version, String reason, String rejectedBy) {

    public ApplicationRejected {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
