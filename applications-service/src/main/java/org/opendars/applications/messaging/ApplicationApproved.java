package org.opendars.applications.messaging;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code application-approved}. */
public record ApplicationApproved(UUID applicationId, String agreementReference, String approvedBy) {

    public ApplicationApproved {
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
