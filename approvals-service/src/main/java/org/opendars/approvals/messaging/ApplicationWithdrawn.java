package org.opendars.approvals.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code application-withdrawn}. */
@Topic(value = "application-withdrawn", owner = "applications-service")
public record ApplicationWithdrawn(UUID applicationId, int version, boolean versionOnly, String organisationId,
        String withdrawnBy) {

    public ApplicationWithdrawn {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
