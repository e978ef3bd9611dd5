package org.opendars.applications.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;

/** This service's copy of what it reads from topic {@code cohort-registered}. */
@Topic(value = "cohort-registered", owner = "linkage-service")
public record CohortRegistered(UUID cohortId, String organisationId, int members, int withNhsNumber,
        int withDateOfBirth, int withPostcode, Instant registeredAt) {

    public CohortRegistered {
        Objects.requireNonNull(cohortId, "cohortId");
        Objects.requireNonNull(organisationId, "organisationId");
    }
}
