package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code extract-ready}. */
@Topic(value = "extract-ready", owner = "extract-service")
public record ExtractReady(UUID applicationId, long rows, String sha256, String fileName) {

    public ExtractReady {
        Objects.requireNonNull(applicationId, "applicationId");
    }

    String summary() {
        return rows + " rows in " + fileName + ", SHA-256 " + sha256;
    }
}
