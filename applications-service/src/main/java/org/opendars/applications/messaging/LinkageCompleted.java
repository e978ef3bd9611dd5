package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code linkage-completed}. */
@Topic(value = "linkage-completed", owner = "linkage-service")
public record LinkageCompleted(UUID applicationId, int cohortSize, int matched, int unmatched, int ambiguous) {

    public LinkageCompleted {
        Objects.requireNonNull(applicationId, "applicationId");
    }

    String summary() {
        return matched + " of " + cohortSize + " cohort members matched, " + unmatched + " unmatched, " + ambiguous + " ambiguous";
    }
}
