package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code linkage-failed}. */
@Topic(value = "linkage-failed", owner = "linkage-service")
public record LinkageFailed(UUID applicationId, String reason) {

    public LinkageFailed {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
