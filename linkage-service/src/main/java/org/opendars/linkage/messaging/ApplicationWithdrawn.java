package org.opendars.linkage.messaging;

import java.util.Objects;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;

/** This service's copy of what it reads from topic {@code application-withdrawn}. */
@Topic(value = "application-withdrawn", owner = "applications-service")
public record ApplicationWithdrawn(UUID applicationId, String organisationId, UUID cohortId) {

    public ApplicationWithdrawn {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
    }
}
