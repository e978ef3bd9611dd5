package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code application-approved}. */
@Topic(value = "application-approved", owner = "approvals-service")
public record ApplicationApproved(UUID applicationId, int version, String agreementReference, String approvedBy) {

    public ApplicationApproved {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
