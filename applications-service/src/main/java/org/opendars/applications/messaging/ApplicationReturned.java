package org.opendars.applications.messaging;

import org.opendars.kit.messaging.Topic;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** This service's copy of what it reads from topic {@code application-returned}. */
@Topic(value = "application-returned", owner = "approvals-service")
public record ApplicationReturned(UUID applicationId, int version, int round, List<String> questions,
        String returnedBy) {

    public ApplicationReturned {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(questions, "questions");
    }
}
