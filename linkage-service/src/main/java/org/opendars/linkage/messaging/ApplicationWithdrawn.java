package org.opendars.linkage.messaging;

import java.util.Objects;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;

/**
 * This service's copy of what it reads from topic {@code application-withdrawn}. {@code versionOnly} marks the
 * withdrawal of an amendment not yet decided, which leaves the agreement in force and everything it governs.
 */
@Topic(value = "application-withdrawn", owner = "applications-service")
public record ApplicationWithdrawn(UUID applicationId, boolean versionOnly, String organisationId, UUID cohortId) {

    public ApplicationWithdrawn {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(organisationId, "organisationId");
    }
}
