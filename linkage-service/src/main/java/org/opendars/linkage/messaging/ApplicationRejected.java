package org.opendars.linkage.messaging;

import java.util.Objects;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;

/** This service's copy of what it reads from topic {@code application-rejected}. */
@Topic(value = "application-rejected", owner = "approvals-service")
public record ApplicationRejected(UUID applicationId, boolean versionOnly, String organisationId, UUID cohortId) {

    public ApplicationRejected {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
    }
}
