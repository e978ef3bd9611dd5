package org.opendars.linkage.messaging;

import java.time.Instant;
import java.util.UUID;

import org.opendars.kit.messaging.Topic;
import org.opendars.linkage.Cohort;

/** Topic {@code cohort-registered}: an applicant's cohort was taken in; counts only, never an identifier. */
@Topic(value = "cohort-registered", owner = "linkage-service")
public record CohortRegistered(UUID cohortId, String organisationId, int members, int withNhsNumber,
        int withDateOfBirth, int withPostcode, String uploadedBy, Instant registeredAt) {

    public static CohortRegistered of(Cohort cohort) {
        return new CohortRegistered(cohort.id, cohort.organisationId, cohort.members, cohort.withNhsNumber,
                cohort.withDateOfBirth, cohort.withPostcode, cohort.uploadedBy, cohort.uploadedAt);
    }
}
