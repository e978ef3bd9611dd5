package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code extract-failed}. */
@Topic(value = "extract-failed", owner = "extract-service")
public record ExtractFailed(UUID applicationId, String reason) {

    public ExtractFailed {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
